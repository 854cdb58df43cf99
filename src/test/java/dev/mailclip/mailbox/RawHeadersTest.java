package dev.mailclip.mailbox;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mbox reader's quick look before it parses a header block for Gmail's fields (issue 17). */
class RawHeadersTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mentionsFindsANameInAnyCaseWithinTheHeaderBlockOnly() {
        byte[] m = bytes("From: a@b.example\r\nX-GM-THRID: 42\r\n\r\nx-gmail-labels in the body\r\n");
        int end = RawHeaders.length(m);
        assertTrue(RawHeaders.mentions(m, end, "x-gm"));
        assertFalse(RawHeaders.mentions(m, end, "x-gmail-labels"), "only in the body");
        assertTrue(RawHeaders.mentions(m, m.length, "x-gmail-labels"));
        assertFalse(RawHeaders.mentions(m, end, "content-length"));
        assertFalse(RawHeaders.mentions(bytes("X-G"), 3, "x-gm"), "cut short");
        assertFalse(RawHeaders.mentions(new byte[]{(byte) 0xd8, 'x'}, 2, "x-gm"));
        assertTrue(RawHeaders.mentions(m, end, "content-length", "x-gm"), "any of several, in one pass");
        assertFalse(RawHeaders.mentions(m, end, "content-length", "x-gmail-labels"));
    }

    @Test
    void mentionsAgreesWithSearchingTheLowerCasedBytes() {
        java.util.Random random = new java.util.Random(3);
        byte[] alphabet = bytes("xXcC-gGmM:\r\n ");
        String[] names = {"x-gm", "content-length", "gm"};
        for (int i = 0; i < 100_000; i++) {
            byte[] b = new byte[random.nextInt(12)];
            for (int j = 0; j < b.length; j++) {
                b[j] = random.nextInt(5) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            int end = random.nextInt(b.length + 2);
            String lower = new String(b, 0, Math.min(end, b.length), StandardCharsets.ISO_8859_1)
                    .chars().map(c -> c >= 'A' && c <= 'Z' ? c | 0x20 : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            boolean expected = java.util.Arrays.stream(names).anyMatch(lower::contains);
            assertEquals(expected, RawHeaders.mentions(b, end, names), lower);
        }
    }

    /** The look never hides a field the full parse would find: labels, thread and length as before. */
    @Test
    void gmailFieldsAreReadWhereverTheyStand() {
        GmailHeaders h = GmailHeaders.parse(bytes("Subject: s\n x-Gmail-Labels: folded into the subject\n"
                + " Content-LENGTH : 12\nx-gm-thrid: 7\nX-Gmail-Labels: Inbox,\"Read, later\"\n\nbody"));
        assertEquals(java.util.List.of("Inbox", "Read, later"), h.labels());
        assertEquals("7", h.threadId());
        assertEquals(-1, h.contentLength(), "folded into the subject, so no field of its own");
        assertEquals(java.util.List.of(), GmailHeaders.parse(bytes("From: a@b\n\nX-Gmail-Labels: Spam\n")).labels());
    }
}
