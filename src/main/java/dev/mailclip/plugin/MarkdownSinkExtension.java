package dev.mailclip.plugin;

import dev.mailclip.sink.markdown.MarkdownSinkProvider;
import org.pf4j.Extension;

/** The built-in markdown sink as a PF4J extension. */
@Extension
public final class MarkdownSinkExtension extends ProvidedSink {
    public MarkdownSinkExtension() {
        super(new MarkdownSinkProvider());
    }
}
