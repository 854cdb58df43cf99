package dev.mailclip.sink.solr;

import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.importer.ImportCounts;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.importer.Importer;
import dev.mailclip.mailbox.TestMessages;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The importer's side of {@link Sink#drainFailures()}: a record taken, then lost by its batch, counts as quarantined. */
class LateFailuresTest {

    /** Takes everything; its batches of 4 fail whenever they hold message 6, and failures surface at the flush. */
    static final class FlakyBatchSink implements Sink {
        final List<Article> batch = new ArrayList<>();
        final List<Article> stored = new ArrayList<>();
        final List<Article> failed = new ArrayList<>();

        @Override
        public synchronized Outcome accept(Article a) {
            if (stored.stream().anyMatch(s -> s.id().equals(a.id())) || batch.stream().anyMatch(s -> s.id().equals(a.id()))) {
                return Outcome.DUPLICATE;
            }
            batch.add(a);
            if (batch.size() == 4) {
                send();
            }
            return Outcome.STORED;
        }

        private void send() {
            if (batch.stream().anyMatch(a -> a.id().equals("msgid:<6@t>"))) {
                failed.addAll(batch);
            } else {
                stored.addAll(batch);
            }
            batch.clear();
        }

        @Override
        public synchronized List<Article> drainFailures() {
            List<Article> out = List.copyOf(failed);
            failed.clear();
            return out;
        }

        @Override
        public void quarantine(Quarantined item) {
        }

        @Override
        public synchronized void flush() {
            send();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void recordsLostByABatchAreCountedQuarantinedNotStored() throws SinkException {
        FlakyBatchSink sink = new FlakyBatchSink();
        // odd messages are articles, even ones mail; 10 messages: batches 1-4 (ok), 5-8 (fails), 9-10 (at the flush, ok)
        ImportCounts c = new Importer(raw -> Article.builder()
                .kind(raw.origin().index() % 2 == 1 ? Kind.ARTICLE : Kind.MAIL)
                .id("msgid:<" + raw.origin().index() + "@t>").build(), sink, 2)
                .run(TestMessages.numbered(10), ImportListener.NONE).counts();
        assertTrue(c.reconciles(), c.describe());
        assertEquals(10, c.messages());
        assertEquals(4, c.quarantined(), c.describe());
        assertEquals(3, c.articles(), c.describe());
        assertEquals(3, c.mail(), c.describe());
        assertEquals(6, sink.stored.size());
    }
}
