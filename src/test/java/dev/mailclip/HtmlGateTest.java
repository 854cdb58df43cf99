package dev.mailclip;

import dev.mailclip.article.ArticleJson;
import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
        for (Path root : List.of(Path.of("fixtures"), Path.of("../shared/eval"), Path.of("../shared/seeds"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".eml") || p.toString().endsWith(".mbox")).sorted().toList();
            }
            for (Path file : files) {
                for (RawMessage message : messagesOf(file)) {
                    assertEquals(recordOf(UNGATED, message), recordOf(GATED, message), file.toString());
                    messages++;
                }
            }
        }
        assertTrue(messages >= 300, "messages read: " + messages);
    }

    private static List<RawMessage> messagesOf(Path file) throws Exception {
        if (file.toString().endsWith(".eml")) {
            return List.of(new RawMessage(Files.readAllBytes(file), Origin.file(file.toString(), Origin.Format.MESSAGE)));
        }
        List<RawMessage> messages = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            MboxSource source = MboxSource.of(file.toString(), in, Limits.DEFAULTS);
            for (RawMessage m = source.next(); m != null; m = source.next()) {
                messages.add(m);
            }
        } catch (java.io.IOException e) {
            // a hostile mailbox: the messages before it breaks
        }
        return messages;
    }

    private static String recordOf(Mailclip mailclip, RawMessage message) {
        try {
            return ArticleJson.line(mailclip.extract(message));
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
