package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;

import java.util.List;

/**
 * A sink that counts what it passes on ({@link Tally}): new records by month, site, label and kind, the labels
 * of new sightings, quarantined messages by reason. {@code import --report FILE.html} draws that count; every
 * call still goes to the sink underneath, which alone decides what is stored.
 */
public final class TallyingSink implements Sink {
    private final Sink sink;
    private final Tally tally;

    public TallyingSink(Sink sink, Tally tally) {
        this.sink = sink;
        this.tally = tally;
    }

    @Override
    public Outcome accept(Article a) throws SinkException {
        Outcome outcome = sink.accept(a);
        synchronized (tally) {
            if (outcome == Outcome.STORED) {
                tally.add(a);
            } else if (outcome == Outcome.SIGHTING) {
                tally.addLabels(Tally.labels(a));
            }
        }
        return outcome;
    }

    @Override
    public void quarantine(Quarantined item) throws SinkException {
        sink.quarantine(item);
        synchronized (tally) {
            tally.addQuarantined(item.reason());
        }
    }

    @Override
    public List<Article> drainFailures() {
        return sink.drainFailures();
    }

    @Override
    public boolean keepsAttachmentBytes() {
        return sink.keepsAttachmentBytes();
    }

    @Override
    public void flush() throws SinkException {
        sink.flush();
    }

    @Override
    public void close() throws SinkException {
        sink.close();
    }
}
