/** The PF4J plugin (docs/PLUGIN.md) and its sink extensions; the host sees only the plugin API jar's types. */
package dev.mailclip.plugin;
