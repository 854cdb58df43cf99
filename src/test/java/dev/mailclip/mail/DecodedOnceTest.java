package dev.mailclip.mail;

import dev.mailclip.FixtureMessages;
import dev.mailclip.mailbox.RawMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An attachment's bytes are what the part's own decoding stream gives, with the base64 shortcut or without. */
class DecodedOnceTest {
    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void everyPartOfTheFixturesDecodesAsItsOwnStreamDecodesIt() throws Exception {
        int[] base64 = new int[1];
        for (Path file : FixtureMessages.files(".eml", ".mbox")) {
            for (RawMessage m : FixtureMessages.of(file)) {
                try {
                    MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(m.bytes()));
                    check(message, base64, file);
                } catch (jakarta.mail.MessagingException | java.io.IOException | RuntimeException e) {
                    // a message Jakarta Mail cannot walk: nothing to compare
                }
            }
        }
        assertTrue(base64[0] >= 20, "base64 parts compared: " + base64[0]);
    }

    @Test
    void theEncodingAPartTypeIgnoresStaysIgnored() throws Exception {
        String inner = "From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n";
        String encoded = java.util.Base64.getMimeEncoder().encodeToString(inner.getBytes(StandardCharsets.US_ASCII));
        for (String type : new String[] {"message/rfc822", "multipart/mixed; boundary=x", "application/pdf"}) {
            for (String cte : new String[] {"base64", "BASE64", "base64 (a comment)", " base64 "}) {
                MimeBodyPart part = new MimeBodyPart(new ByteArrayInputStream(("Content-Type: " + type
                        + "\r\nContent-Transfer-Encoding: " + cte + "\r\n\r\n" + encoded + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                assertArrayEquals(stream(part), new DecodedOnce(part, wholeType(part), null).get(), type + " " + cte);
                String whole = cte.strip().toLowerCase(java.util.Locale.ROOT);
                if (whole.equals("base64") && wholeType(part)) {
                    try (InputStream in = MimeUtility.decode(part.getRawInputStream(), whole)) {
                        assertArrayEquals(in.readAllBytes(), new DecodedOnce(part, wholeType(part), whole).get(),
                                type + " " + cte);
                    }
                }
            }
        }
    }

    private static void check(Part part, int[] base64, Path file) throws Exception {
        Object content = part.isMimeType("multipart/*") ? part.getContent() : null;
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                check(child, base64, file);
            }
            return;
        }
        if ("base64".equalsIgnoreCase(((jakarta.mail.internet.MimePart) part).getEncoding())) {
            base64[0]++;
        }
        assertArrayEquals(stream(part), new DecodedOnce(part, wholeType(part), null).get(), file.toString());
    }

    /** A multipart or message type, read as MailParser reads a part's type (text/plain when it cannot be parsed). */
    private static boolean wholeType(Part part) throws Exception {
        String base;
        try {
            base = new jakarta.mail.internet.ContentType(part.getContentType()).getBaseType()
                    .toLowerCase(java.util.Locale.ROOT);
        } catch (jakarta.mail.internet.ParseException e) {
            base = "text/plain";
        }
        return base.startsWith("multipart/") || base.startsWith("message/");
    }

    private static byte[] stream(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
