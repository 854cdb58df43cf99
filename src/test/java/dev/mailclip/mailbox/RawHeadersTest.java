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
    void hasFieldFindsANameInAnyCaseAtALineStartWithinTheHeaderBlockOnly() {
        byte[] m = bytes("From: a@b.example\r\nX-GM-THRID: 42\r\nSubject: content-length\r\n\r\n"
                + "x-gmail-labels: in the body\r\n");
        int end = RawHeaders.length(m);
        assertTrue(RawHeaders.hasField(m, end, "x-gm"));
        assertFalse(RawHeaders.hasField(m, end, "x-gmail-labels"), "only in the body");
        assertTrue(RawHeaders.hasField(m, m.length, "x-gmail-labels"));
        assertFalse(RawHeaders.hasField(m, end, "content-length"), "in a value, not a name");
        assertFalse(RawHeaders.hasField(bytes("X-G"), 3, "x-gm"), "cut short");
        assertFalse(RawHeaders.hasField(new byte[]{(byte) 0xd8, 'x'}, 2, "x-gm"));
        assertTrue(RawHeaders.hasField(m, end, "content-length", "x-gm"), "any of several, in one pass");
        assertFalse(RawHeaders.hasField(m, end, "content-length", "x-gmail-labels"));
        assertTrue(RawHeaders.hasField(bytes("a: b\n\r\fX-Gm-Thrid: 1\n"), 20, "x-gm"), "trimmed, as fields() trims");
    }

    /**
     * On random blocks: the same answer as looking at each line's start by hand, and never a miss where the full
     * parse ({@link RawHeaders#fields}) finds a field of such a name.
     */
    @Test
    void hasFieldAgreesWithTheLinesAndNeverMissesAField() {
        java.util.Random random = new java.util.Random(3);
        byte[] alphabet = bytes("xXcC-gGmM:\r\n \t\f");
        String[] names = {"x-gm", "content-length", "gm"};
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[random.nextInt(16)];
            for (int j = 0; j < b.length; j++) {
                b[j] = random.nextInt(5) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            int end = random.nextInt(b.length + 2);
            String lower = new String(b, 0, Math.min(end, b.length), StandardCharsets.ISO_8859_1)
                    .chars().map(c -> c >= 'A' && c <= 'Z' ? c | 0x20 : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            boolean expected = java.util.Arrays.stream(lower.split("\n", -1))
                    .map(line -> line.replaceFirst("^[\\x00-\\x20]+", ""))
                    .anyMatch(line -> java.util.Arrays.stream(names).anyMatch(line::startsWith));
            boolean found = RawHeaders.hasField(b, end, names);
            assertEquals(expected, found, lower);
            boolean parsed = RawHeaders.fields(b, Math.min(end, b.length), StandardCharsets.UTF_8).stream()
                    .anyMatch(f -> java.util.Arrays.stream(names).anyMatch(f.name()::startsWith));
            assertTrue(found || !parsed, lower);
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
