package dev.mailclip.sink.sqlite;

import dev.mailclip.sink.Archive;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SinkProvider;

/** {@code sqlite:PATH} — the embedded, searchable archive (the default sink). */
public final class SqliteSinkProvider implements SinkProvider {
    @Override
    public String scheme() {
        return "sqlite";
    }

    @Override
    public Sink open(String target) throws SinkException {
        if (target.isBlank()) {
            throw new SinkException("sqlite: needs a file, e.g. sqlite:mailclip.db");
        }
        return new SqliteSink(target);
    }

    @Override
    public Archive openArchive(String target) throws SinkException {
        return new ArchiveSearch(target);
    }

    @Override
    public boolean canSearch() {
        return true;
    }
}
