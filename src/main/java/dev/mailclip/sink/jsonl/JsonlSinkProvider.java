package dev.mailclip.sink.jsonl;

import dev.mailclip.sink.Archive;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SinkProvider;

/** {@code jsonl:PATH} or {@code jsonl:-} (standard output). */
public final class JsonlSinkProvider implements SinkProvider {
    @Override
    public String scheme() {
        return "jsonl";
    }

    @Override
    public Sink open(String target) throws SinkException {
        if (target.isBlank()) {
            throw new SinkException("jsonl: needs a file or -, e.g. jsonl:articles.jsonl");
        }
        return new JsonlSink(target);
    }

    @Override
    public Archive openArchive(String target) throws SinkException {
        return new JsonlArchive(target);
    }

    @Override
    public boolean canSearch() {
        return true;
    }
}
