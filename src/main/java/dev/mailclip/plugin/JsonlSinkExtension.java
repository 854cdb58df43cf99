package dev.mailclip.plugin;

import dev.mailclip.sink.jsonl.JsonlSinkProvider;
import org.pf4j.Extension;

/** The built-in jsonl sink as a PF4J extension. */
@Extension
public final class JsonlSinkExtension extends ProvidedSink {
    public JsonlSinkExtension() {
        super(new JsonlSinkProvider());
    }
}
