package dev.mailclip.imap;

import dev.mailclip.article.Article;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;

import java.util.List;

/**
 * A sink that saves the IMAP folders' marks once what comes before them is durable: after each flush
 * (the importer flushes at its end), and every {@link MarkLedger#SAVE_EVERY} messages during a long import.
 */
final class MarkingSink implements Sink {
    private final Sink inner;
    private final ImapImport marks;

    MarkingSink(Sink inner, ImapImport marks) {
        this.inner = inner;
        this.marks = marks;
    }

    @Override
    public Outcome accept(Article article) throws SinkException {
        Outcome o = inner.accept(article);
        saveIfDue();
        return o;
    }

    @Override
    public void quarantine(Quarantined item) throws SinkException {
        inner.quarantine(item);
        saveIfDue();
    }

    /**
     * The importer tells its listener after each accept, so the marks move one message behind; saving here,
     * before the next accept, flushes only what was written before the mark.
     */
    private void saveIfDue() throws SinkException {
        if (marks.dueForSave()) {
            inner.flush();
            marks.saveMarks(false);
        }
    }

    @Override
    public List<Article> drainFailures() {
        return inner.drainFailures();
    }

    @Override
    public boolean keepsAttachmentBytes() {
        return inner.keepsAttachmentBytes();
    }

    @Override
    public void flush() throws SinkException {
        inner.flush();
        marks.saveMarks(true);
    }

    @Override
    public void close() throws SinkException {
        inner.close();
    }
}
