package dev.mailclip.bench;

import dev.mailclip.article.Article;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkProvider;

/**
 * {@code null:} discards every record: the import's cost without any sink's. Registered in
 * src/bench/resources only, so the benchmark finds it and the shipped jar does not carry it.
 */
public final class NullSinkProvider implements SinkProvider {
    @Override
    public String scheme() {
        return "null";
    }

    @Override
    public Sink open(String target) {
        return new Sink() {
            @Override
            public Outcome accept(Article article) {
                return Outcome.STORED;
            }

            @Override
            public void quarantine(Quarantined item) {
            }

            @Override
            public void close() {
            }
        };
    }
}
