package dev.mailclip.reliability;

import dev.mailclip.Limits;
import dev.mailclip.article.Article;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.importer.ImportResult;
import dev.mailclip.importer.Importer;
import dev.mailclip.mailbox.TestMessages;
import dev.mailclip.sink.MemorySinkProvider;
import dev.mailclip.sink.TestArticles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A message whose extract never ends is quarantined at the time limit; the import goes on. */
class WatchdogTest {

    @Test
    void stuckExtractIsQuarantinedAndAbandoned() {
        CountDownLatch never = new CountDownLatch(1);
        Limits limits = Limits.builder().timeout(Duration.ofMillis(300)).build();
        MemorySinkProvider.MemorySink sink = (MemorySinkProvider.MemorySink) new MemorySinkProvider().open("watchdog");
        // messages 3 and 7 hang, one ignoring interrupts (spins), one blocked (interruptible)
        Importer importer = new Importer(raw -> {
            long i = raw.origin().index();
            if (i == 3) {
                long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (System.nanoTime() < end) {
                    Thread.onSpinWait(); // deaf to interrupts, like a runaway regex
                }
            } else if (i == 7) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted by the watchdog", e);
                }
            }
            Article a = TestArticles.article((int) i, "A " + i, "t");
            return a.toBuilder().id("msgid:<" + i + "@t>").build();
        }, sink, 1, limits);
        ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(4), () -> importer.run(TestMessages.numbered(10), ImportListener.NONE));
        assertEquals(10, r.counts().messages());
        assertEquals(2, r.counts().quarantined(), r.counts().describe());
        assertTrue(r.counts().reconciles());
        sink.quarantined.forEach(q -> assertEquals("over the time limit (300 ms)", q.reason()));
        assertEquals(List.of("msgid:<3@t>", "msgid:<7@t>"), sink.quarantined.stream().map(q -> q.id()).toList());
    }
}
