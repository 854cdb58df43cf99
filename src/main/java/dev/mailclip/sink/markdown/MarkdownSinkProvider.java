package dev.mailclip.sink.markdown;

import dev.mailclip.sink.Archive;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SinkProvider;

/** {@code markdown:DIR} — a folder of Markdown files with YAML front matter. */
public final class MarkdownSinkProvider implements SinkProvider {
    @Override
    public String scheme() {
        return "markdown";
    }

    @Override
    public Sink open(String target) throws SinkException {
        if (target.isBlank()) {
            throw new SinkException("markdown: needs a folder, e.g. markdown:articles/");
        }
        return new MarkdownSink(target);
    }

    @Override
    public Archive openArchive(String target) throws SinkException {
        return new MarkdownArchive(target);
    }

    @Override
    public boolean canSearch() {
        return true;
    }
}
