package dev.mailclip.mailbox;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar of envelope lines: the forms mail programs write, and body lines that only look alike. */
class EnvelopeLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "From ada@example.org Mon Jan  1 10:00:00 2024",
            "From ada@example.org Mon Jan 01 10:00:00 2024\n",
            "From ada@example.org Mon Jan 01 10:00:00 2024\r\n",
            "From ada@example.org  Sat Jan  3 01:05:34 1996",
            "From ada@example.org Mon Jan  1 10:00 2024",
            "From ada@example.org Mon Jan  1 10:00:00 PST 2024",
            "From ada@example.org Mon Jan  1 10:00:00 2024 -0800",
            "From ada@example.org Mon, Jan  1 10:00:00 2024",
            "From 1790000000000000001@xxx Mon Jan 01 10:00:00 +0000 2024",
            "From  Mon Jan  1 10:00:00 2024",
            "From MAILER-DAEMON Fri Jul  8 12:08:34 2011",
            "From ???@??? Mon Jan  1 10:00:00 2024",
            "From ada Mon Jan  1 10:00:00 2024 remote from example",
            "From ada@example.org Mon, 1 Jan 2024 10:00:00 +0000",
            "From ada@example.org 1 Jan 2024 10:00:00 +0000 (UTC)",
            "From - Mon Jan  1 10:00:00 2024",
            "From - Tue Jan 02 11:30:00 2024",
            "From -",
            "From - \n",
    })
    void envelopes(String line) {
        assertTrue(EnvelopeLine.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "From here on, the article:",
            "From the moment the talks began",
            "From Monday to Friday",
            "From 9 to 5",
            "From a reader: thanks.",
            "From: Ada <ada@example.org>",
            "From ",
            "From",
            "From - the editor",
            "From ada@example.org",
            "From ada@example.org Mon Jan  1",
            "From ada@example.org yesterday at noon",
            ">From ada@example.org Mon Jan  1 10:00:00 2024",
            " From ada@example.org Mon Jan  1 10:00:00 2024",
            "from ada@example.org Mon Jan  1 10:00:00 2024",
            "From ada@example.org Mon Jan  1 10:00:00 2024 and then some words",
    })
    void bodyLines(String line) {
        assertFalse(EnvelopeLine.matches(line), line);
    }

    @Test
    void headerLines() {
        assertTrue(EnvelopeLine.isHeaderLine(bytes("Message-ID: <a@b>\n")));
        assertTrue(EnvelopeLine.isHeaderLine(bytes("X-Mozilla-Status: 0001\r\n")));
        assertTrue(EnvelopeLine.isHeaderLine(bytes("Return-Path:<a@b>\n")));
        assertTrue(EnvelopeLine.isHeaderLine(bytes("Subject : spaced\n")));
        assertFalse(EnvelopeLine.isHeaderLine(bytes("\n")));
        assertFalse(EnvelopeLine.isHeaderLine(bytes("was the envelope of it; no headers follow.\n")));
        assertFalse(EnvelopeLine.isHeaderLine(bytes(" folded: continuation\n")));
        assertFalse(EnvelopeLine.isHeaderLine(bytes("Two words: a colon after a space\n")));
        assertFalse(EnvelopeLine.isHeaderLine(null));
    }

    @Test
    void longLinesAreLinear() {
        String[] shapes = {"From " + "a".repeat(200_000), "From " + " ".repeat(200_000) + "x",
                "From - " + "Mon Jan  1 ".repeat(20_000), "From a@b Mon Jan  1 10:00:00 2024 " + "-0800 ".repeat(30_000)};
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            for (String s : shapes) {
                assertFalse(EnvelopeLine.matches(s));
                assertFalse(EnvelopeLine.isHeaderLine(bytes(s.replace("From ", "X".repeat(5_000)))));
            }
        });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
