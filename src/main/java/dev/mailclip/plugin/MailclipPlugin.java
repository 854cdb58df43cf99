package dev.mailclip.plugin;

import org.pf4j.Plugin;

/**
 * mailclip as a PF4J plugin. It holds no state: what it offers a host are its extensions (the
 * sinks, see {@link SinkExtension}), which PF4J finds through the generated extensions index.
 * The descriptor (id, version, this class) comes from plugin.properties at the project root.
 */
public class MailclipPlugin extends Plugin {
}
