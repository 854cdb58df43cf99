package dev.mailclip.mailbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputDetectorTest {
    static final Path FIX = Path.of("fixtures/mailbox");

    /** The kind, and for a single message or clip its format ("SINGLE/CLIP_HTML"). */
    private static String kind(String text, String name) throws IOException {
        InputDetector.Detection d = InputDetector.detect(text.getBytes(StandardCharsets.UTF_8), name);
        return d.kind() + (d.format() == null ? "" : "/" + d.format());
    }

    @Test
    void bytesDecideNotNames() throws IOException {
        assertEquals("MBOX", kind("From x@y Mon Jan  1 00:00:00 2024\nSubject: a\n\nb\n", "notes.txt"));
        assertEquals("SINGLE/MESSAGE", kind("Subject: hi\nFrom: a@b\n\nbody\n", "x.html"));
        assertEquals("SINGLE/MESSAGE", kind("Subject: hi\nX-Whatever: 1\n\nbody\n", null));
        assertEquals("SINGLE/CLIP_HTML", kind("<!DOCTYPE html><html><body><p>x</p></body></html>", "x.txt"));
        assertEquals("SINGLE/CLIP_TEXT", kind("A title\n\nSome text.\n", "clip.txt"));
        assertEquals("SINGLE/CLIP_MARKDOWN", kind("# Title\n\nSome text.\n", "clip.md"));
        assertEquals(InputDetector.Kind.UNKNOWN, InputDetector.detect(Files.readAllBytes(FIX.resolve("folder/pixel.png")), "a.eml").kind());
    }

    @Test
    void gzipIsLookedInto() throws IOException {
        InputDetector.Detection d = InputDetector.detect(FIX.resolve("takeout.mbox.gz"));
        assertEquals(InputDetector.Kind.MBOX, d.kind());
        assertTrue(d.gzip());
        assertFalse(InputDetector.detect(FIX.resolve("takeout.mbox")).gzip());
        assertEquals(InputDetector.Kind.DIRECTORY, InputDetector.detect(FIX.resolve("maildir")).kind());
    }

    @Test
    void unreadableOrUnknownFilesFailWithOneLineNamingThem() {
        Path missing = FIX.resolve("no-such.mbox");
        IOException e = assertThrows(IOException.class, () -> Sources.open(missing));
        assertTrue(e.getMessage().contains("no-such.mbox"), e.getMessage());
        IOException png = assertThrows(IOException.class, () -> Sources.open(FIX.resolve("folder/pixel.png")));
        assertTrue(png.getMessage().contains("pixel.png") && !png.getMessage().contains("\n"), png.getMessage());
    }

    @Test
    void singleMessageSource() throws IOException {
        try (MessageSource s = Sources.open(FIX.resolve("folder/a.eml"))) {
            RawMessage m = s.next();
            assertEquals(0, m.origin().index());
            assertEquals(Files.size(FIX.resolve("folder/a.eml")), m.bytes().length);
            assertEquals(null, s.next());
        }
    }
}
