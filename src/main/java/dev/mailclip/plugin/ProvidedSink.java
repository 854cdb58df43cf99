package dev.mailclip.plugin;

import dev.mailclip.sink.SinkProvider;

/** A {@link SinkExtension} over one built-in provider, made once per extension instance. */
abstract class ProvidedSink implements SinkExtension {
    private final SinkProvider provider;

    ProvidedSink(SinkProvider provider) {
        this.provider = provider;
    }

    @Override
    public SinkProvider provider() {
        return provider;
    }
}
