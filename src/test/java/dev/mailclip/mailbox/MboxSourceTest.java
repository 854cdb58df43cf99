package dev.mailclip.mailbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MboxSourceTest {
    static final Path FIX = Path.of("fixtures/mailbox");

    static List<RawMessage> readAll(Path p) throws IOException {
        List<RawMessage> out = new ArrayList<>();
        try (MessageSource s = Sources.open(p)) {
            RawMessage m;
            while ((m = s.next()) != null) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void takeoutMessagesComeOutByteForByte() throws IOException {
        List<RawMessage> msgs = readAll(FIX.resolve("takeout.mbox"));
        assertEquals(4, msgs.size());
        byte[] utf8 = Files.readAllBytes(FIX.resolve("expected/takeout-1.eml"));
        assertArrayEquals(utf8, msgs.get(0).bytes(), "8-bit UTF-8 body must survive byte for byte");
        for (int b : new int[]{0x81, 0x8D, 0x8F, 0x90, 0x9D}) {
            assertTrue(contains(msgs.get(0).bytes(), (byte) b), "byte " + Integer.toHexString(b));
        }
        assertArrayEquals(Files.readAllBytes(FIX.resolve("expected/takeout-2.eml")), msgs.get(1).bytes(),
                "mboxrd: one '>' removed from >From lines");
        String third = new String(msgs.get(2).bytes(), StandardCharsets.UTF_8);
        assertTrue(third.contains("Message-ID:") || third.contains("Message-Id:"), "a copied message, whole");
        assertTrue(!third.startsWith("From ") && third.endsWith("\n") && !third.endsWith("\n\n"),
                "the envelope and the separating blank line belong to the mbox");
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, msgs.get(i).origin().index());
            assertEquals(Origin.Format.MESSAGE, msgs.get(i).origin().format());
        }
    }

    @Test
    void takeoutLabelsAndThread() throws IOException {
        List<RawMessage> msgs = readAll(FIX.resolve("takeout.mbox"));
        Origin o = msgs.get(0).origin();
        assertEquals(List.of("Inbox", "Clips, saved", "Élève", "Important"), o.labels());
        assertEquals("1790000000000000001", o.threadId());
        assertEquals(List.of("Archived"), msgs.get(1).origin().labels());
        assertNull(msgs.get(1).origin().threadId());
        assertTrue(o.source().endsWith("takeout.mbox#1"));
    }

    @Test
    void crlfAndGzipGiveTheSameMessages() throws IOException {
        List<RawMessage> plain = readAll(FIX.resolve("takeout.mbox"));
        List<RawMessage> crlf = readAll(FIX.resolve("takeout-crlf.mbox"));
        List<RawMessage> gz = readAll(FIX.resolve("takeout.mbox.gz"));
        assertEquals(4, crlf.size());
        assertEquals(4, gz.size());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(plain.get(i).bytes(), gz.get(i).bytes());
            String lf = new String(plain.get(i).bytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            String fromCrlf = new String(crlf.get(i).bytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals(lf, fromCrlf);
            assertEquals(plain.get(i).origin().labels(), crlf.get(i).origin().labels());
        }
        assertTrue(new String(crlf.get(0).bytes(), StandardCharsets.UTF_8).contains("\r\n"), "CRLF kept");
    }

    @Test
    void contentLengthFramingKeepsUnescapedFromLines() throws IOException {
        List<RawMessage> msgs = readAll(FIX.resolve("mboxcl2.mbox"));
        assertEquals(3, msgs.size());
        byte[] body2 = Files.readAllBytes(FIX.resolve("expected/mboxcl2-2.body"));
        assertTrue(endsWith(msgs.get(1).bytes(), body2), "body with a From line taken whole");
        assertTrue(new String(msgs.get(0).bytes(), StandardCharsets.UTF_8).contains("\nFrom here on"));
    }

    @Test
    void wrongContentLengthFallsBackToLines() throws IOException {
        Path f = Files.createTempFile("bad-cl", ".mbox");
        try {
            Files.writeString(f, "From a@b Mon Jan  1 00:00:00 2024\nSubject: x\nContent-Length: 3\n\nlonger body\n\n"
                    + "From a@b Mon Jan  1 00:00:01 2024\nSubject: y\n\ny\n");
            List<RawMessage> msgs = readAll(f);
            assertEquals(2, msgs.size());
            assertTrue(new String(msgs.get(0).bytes(), StandardCharsets.US_ASCII).endsWith("longer body\n"));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @Test
    void streamsWithFlatMemory() throws IOException {
        // 20 MB of messages through a 64 KB buffer: only the current message is held
        Path f = Files.createTempFile("big", ".mbox");
        try {
            byte[] body = ("x".repeat(1000) + "\n").repeat(100).getBytes(StandardCharsets.US_ASCII);
            try (var out = Files.newOutputStream(f)) {
                for (int i = 0; i < 200; i++) {
                    out.write(("From a@b Mon Jan  1 00:00:00 2024\nMessage-ID: <" + i + "@t>\n\n").getBytes());
                    out.write(body);
                    out.write('\n');
                }
            }
            long n = 0;
            try (MessageSource s = Sources.open(f)) {
                RawMessage m;
                while ((m = s.next()) != null) {
                    n++;
                    assertTrue(m.bytes().length < 200_000);
                }
                assertEquals(s.totalBytes(), s.bytesRead());
            }
            assertEquals(200, n);
        } finally {
            Files.deleteIfExists(f);
        }
    }

    static boolean contains(byte[] hay, byte b) {
        for (byte x : hay) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    static boolean endsWith(byte[] hay, byte[] tail) {
        if (tail.length > hay.length) {
            return false;
        }
        for (int i = 0; i < tail.length; i++) {
            if (hay[hay.length - tail.length + i] != tail[i]) {
                return false;
            }
        }
        return true;
    }
}
