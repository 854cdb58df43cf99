package dev.mailclip;

import dev.mailclip.article.ArticleJson;
import dev.mailclip.mailbox.RawMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gates before the HTML peeler and the recognisers change no record: every message of the fixtures (their
 * .eml files and mailboxes), the development sets and the seeds gives the same record, byte for byte, with the
 * gates and without them. ({@code RecoveryGateTest}, {@code ForwardGateTest} and {@code HtmlShapeGateTest} hold
 * each gate to the same on random bodies; the bench mailboxes' records are compared by {@code scripts/snapshot.sh}.)
 */
class HtmlGateTest {
    private static final Mailclip GATED = new Mailclip(Limits.DEFAULTS, true);
    private static final Mailclip UNGATED = new Mailclip(Limits.DEFAULTS, false);

    @Test
    void theGatesChangeNoRecord() throws Exception {
        int messages = 0;
        for (Path file : FixtureMessages.files(".eml", ".mbox")) {
            for (RawMessage message : FixtureMessages.of(file)) {
                assertEquals(recordOf(UNGATED, message), recordOf(GATED, message), file.toString());
                messages++;
            }
        }
        // the project's fixtures alone hold over 200 messages, with the development sets and seeds over 300
        int least = FixtureMessages.hasDevelopmentSets() ? 300 : 200;
        assertTrue(messages >= least, "messages read: " + messages);
    }

    private static String recordOf(Mailclip mailclip, RawMessage message) {
        try {
            return ArticleJson.line(mailclip.extract(message));
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
