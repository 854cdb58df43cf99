package dev.mailclip.mail;

import dev.mailclip.FixtureMessages;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A multipart split in place is the one Jakarta Mail parses: the same parts, header lines, contents, preamble,
 * completeness and exceptions, level by level, on random bodies made of delimiters written every way (line ends,
 * trailing spaces, a closing "--", text glued on), boundaries that repeat themselves (the search's tables), nested
 * multiparts, odd bytes, and on every fixture message.
 */
class InPlaceMultipartTest {
    private static final List<String> BOUNDARIES = List.of("b", "=_Part_1_2.3", "----=_NextPart_000_0012", "abab", "--",
            "0000000000004c7d2d05f8a1b2c3", "x x", "aaaaaaaa");
    private static final List<String> LINE_ENDS = List.of("\r\n", "\n", "\r", "\r\r\n", "\r\r");
    private static final List<String> TEXT = List.of("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 7bit",
            "Subject: é", "text", "", " folded", "-", "--", "---", "été", "\u0000", "  ", "\t", "Content-Type: text/html",
            "Content-Type: multipart/alternative; boundary=\"c\"", "Content-Type: multipart/mixed; boundary=\"c\"", "--c", "--c--",
            "Content-Type: multipart/mixed", "Content-Type: multipart/alternative; boundary=\"b\"");

    private final Session session = session();

    @Test
    void randomMultipartsAreSplitAsJakartaMailSplitsThem() throws Exception {
        Random random = new Random(20261205);
        int splitInPlace = 0;
        int rounds = 10_000;
        for (int round = 0; round < rounds; round++) {
            String boundary = BOUNDARIES.get(random.nextInt(BOUNDARIES.size()));
            byte[] bytes = randomMessage(random, boundary);
            String theirs = describe(new MimeMessage(session, new SharedByteArrayInputStream(bytes)));
            InPlaceMessage ours = new InPlaceMessage(session, bytes);
            String shown = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
            assertEquals(theirs, describe(ours), shown);
            if (cachedContent(ours) instanceof InPlaceMultipart) {
                splitInPlace++;
            }
        }
        assertTrue(splitInPlace > rounds / 4, "split in place: " + splitInPlace);
    }

    @Test
    void everyFixtureMessageIsSplitAsJakartaMailSplitsIt() throws Exception {
        int compared = 0;
        for (Path file : FixtureMessages.files(".eml")) {
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(describe(new MimeMessage(session, new SharedByteArrayInputStream(bytes))),
                    describe(new InPlaceMessage(session, bytes)), file.toString());
            compared++;
        }
        assertTrue(compared > 50, "fixture messages compared: " + compared);
    }

    private static Object cachedContent(MimeMessage message) {
        try {
            return message.getContent();
        } catch (Exception e) {
            return null;
        }
    }

    /** A part as a reader of its structure sees it: headers, then its parts or its raw bytes, or what went wrong. */
    private static String describe(Part part) throws MessagingException {
        StringBuilder out = new StringBuilder();
        describe(part, out, 0);
        return out.toString();
    }

    private static void describe(Part part, StringBuilder out, int depth) throws MessagingException {
        out.append("headers ").append(Collections.list(part.getAllHeaders()).stream()
                .map(h -> h.getName() + ": " + h.getValue()).toList()).append('\n');
        if (depth > 4 || !part.isMimeType("multipart/*")) {
            out.append("raw ").append(raw(part)).append('\n');
            return;
        }
        for (int attempt = 0; attempt < 2; attempt++) { // a parse that failed leaves the multipart cached, unparsed
            try {
                Object content = part.getContent();
                if (!(content instanceof MimeMultipart multipart)) {
                    out.append("content ").append(content.getClass().getName()).append('\n');
                    continue;
                }
                out.append("multipart ").append(multipart.getCount()).append(" complete ").append(multipart.isComplete())
                        .append(" preamble ").append(multipart.getPreamble()).append('\n');
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    describe(child, out, depth + 1);
                }
            } catch (Exception e) {
                out.append("exception ").append(e.getClass().getName()).append(' ').append(e.getMessage()).append('\n');
            }
        }
    }

    private static String raw(Part part) {
        try (InputStream in = part instanceof MimeBodyPart body ? body.getRawInputStream()
                : ((MimeMessage) part).getRawInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException | MessagingException e) {
            return "exception " + e.getClass().getName();
        }
    }

    private static byte[] randomMessage(Random random, String boundary) {
        String eol = LINE_ENDS.get(random.nextInt(2)); // the message's own line end; the body mixes them all
        StringBuilder s = new StringBuilder("Subject: x").append(eol).append("Content-Type: multipart/")
                .append(random.nextBoolean() ? "mixed" : "alternative").append("; boundary=\"").append(boundary).append('"')
                .append(eol).append(eol);
        String delimiter = "--" + boundary;
        for (int k = random.nextInt(25); k >= 0; k--) {
            switch (random.nextInt(6)) {
                case 0, 1 -> s.append(delimiter).append(random.nextInt(4) == 0 ? " \t" : "")
                        .append(LINE_ENDS.get(random.nextInt(LINE_ENDS.size())));
                case 2 -> s.append(delimiter).append(List.of("--", "--x", "x", " x", "-", "-x", "").get(random.nextInt(7)));
                case 3 -> s.append(boundary.substring(0, 1 + random.nextInt(boundary.length())));
                default -> s.append(TEXT.get(random.nextInt(TEXT.size())));
            }
            s.append(random.nextInt(3) == 0 ? "" : LINE_ENDS.get(random.nextInt(LINE_ENDS.size())));
        }
        if (random.nextInt(3) > 0) {
            s.append(eol).append(delimiter).append("--").append(eol);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(s.toString().getBytes(StandardCharsets.UTF_8));
        if (random.nextInt(10) == 0) {
            out.write(0xff);
        }
        return out.toByteArray();
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(p);
    }
}
