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
