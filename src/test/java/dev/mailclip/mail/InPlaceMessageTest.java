package dev.mailclip.mail;

import dev.mailclip.FixtureMessages;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header block read in place is the one Jakarta Mail reads, line for line, and the body starts where its does. */
class InPlaceMessageTest {
    /** pieces of header blocks, the odd ones included: every kind of line end, folds, blank-looking lines, bad UTF-8 */
    private static final List<byte[]> PIECES = Stream.of("From: a@example.org", "Subject: Ré: été", "Received: from x",
                    "X", ":", "To:", " ", "\t", "  folded", "\tfolded", "\r", "\n", "\r\n", "\r\r\n", "\r\r", "\n\n",
                    "\r\n\r\n", "body text", "é", "日本", "\u0000")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final byte[][] RAW = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82}};

    @Test
    void randomHeaderBlocksAreReadAsJakartaMailReadsThem() throws Exception {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = randomBlock(random);
            SharedByteArrayInputStream theirs = new SharedByteArrayInputStream(bytes);
            InPlaceMessage.Bytes ours = new InPlaceMessage.Bytes(bytes);
            String shown = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
            // a fold before any header makes Jakarta Mail throw: then the same exception, from the same place
            assertEquals(outcome(() -> new InternetHeaders(theirs, true)), outcome(ours::readHeaders), shown);
            assertEquals(theirs.getPosition(), ours.getPosition(), "body start of " + shown);
        }
    }

    @Test
    void everyFixtureMessageIsTheMessageJakartaMailMakes() throws Exception {
        Session session = session(true);
        int compared = 0;
        for (Path file : FixtureMessages.files(".eml")) {
            byte[] bytes = Files.readAllBytes(file);
            assertSameMessage(new MimeMessage(session, new SharedByteArrayInputStream(bytes)),
                    new InPlaceMessage(session, bytes), file.toString());
            compared++;
        }
        assertTrue(compared > 50, "fixture messages compared: " + compared);
    }

    @Test
    void aSessionWithoutUtf8HeadersLeavesTheReadingToJakartaMail() throws Exception {
        byte[] bytes = "Subject: caf\u00e9\r\nFrom: a@b\r\n\r\nbody".getBytes(StandardCharsets.UTF_8);
        Session session = session(false);
        assertSameMessage(new MimeMessage(session, new SharedByteArrayInputStream(bytes)),
                new InPlaceMessage(session, bytes), "latin-1 session");
    }

    private static String outcome(Callable<InternetHeaders> read) {
        try {
            return Collections.list(read.call().getAllHeaderLines()).toString();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    private static void assertSameMessage(MimeMessage expected, MimeMessage actual, String name)
            throws MessagingException, IOException {
        assertEquals(Collections.list(expected.getAllHeaderLines()), Collections.list(actual.getAllHeaderLines()), name);
        assertEquals(new String(body(expected), StandardCharsets.ISO_8859_1),
                new String(body(actual), StandardCharsets.ISO_8859_1), name);
    }

    private static byte[] body(MimeMessage message) throws MessagingException, IOException {
        try (InputStream in = message.getRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] randomBlock(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = random.nextInt(12);
        for (int j = 0; j < pieces; j++) {
            byte[] piece = random.nextInt(8) == 0 ? RAW[random.nextInt(RAW.length)] : PIECES.get(random.nextInt(PIECES.size()));
            out.writeBytes(piece);
        }
        return out.toByteArray();
    }

    private static Session session(boolean utf8) {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", Boolean.toString(utf8));
        return Session.getInstance(p);
    }
}
