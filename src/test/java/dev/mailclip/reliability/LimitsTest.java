package dev.mailclip.reliability;

import dev.mailclip.Limits;
import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each limit refuses (or, for text, cuts) what is over it, with a one-line reason, and no more. */
class LimitsTest {
    @TempDir
    Path tmp;

    static RawMessage message(String s) {
        return new RawMessage(s.getBytes(StandardCharsets.UTF_8), Origin.file("t.eml", Origin.Format.MESSAGE));
    }

    static String headers(String subject) {
        return "From: a@example.org\r\nTo: b@example.org\r\nSubject: " + subject
                + "\r\nDate: Mon, 01 Jan 2024 10:00:00 +0000\r\nMessage-ID: <" + subject.hashCode() + "@t>\r\n";
    }

    static String reason(Limits limits, RawMessage raw) {
        UnreadableMessageException e = assertThrows(Limits.Exceeded.class, () -> new Mailclip(limits).extract(raw));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void describesSizesAndDurationsAndRefusesNonPositiveLimits() {
        assertEquals("64 MB", Limits.describeBytes(64L << 20));
        assertEquals("1.5 KB", Limits.describeBytes(1536));
        assertEquals("30 s", Limits.describe(Duration.ofSeconds(30)));
        assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxParts(0).build());
    }

    @Test
    void oversizedMessageIsRefusedAndOnlyItsHeadIsKept() throws Exception {
        Path box = tmp.resolve("big.mbox");
        String small = "From a@b Mon Jan  1 00:00:00 2024\n" + headers("small").replace("\r", "") + "\nshort body\n\n";
        try (OutputStream out = Files.newOutputStream(box)) {
            out.write(small.getBytes(StandardCharsets.UTF_8));
            out.write(("From a@b Mon Jan  1 00:00:00 2024\n" + headers("big").replace("\r", "") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] line = ("x".repeat(99) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40_000; i++) { // 4 MB
                out.write(line);
            }
            out.write(("\n" + small.replace("small", "after")).getBytes(StandardCharsets.UTF_8));
        }
        Limits limits = Limits.builder().maxMessageBytes(1 << 20).build();
        List<RawMessage> read = new ArrayList<>();
        try (MessageSource s = Sources.open(box, null, limits)) {
            for (RawMessage m; (m = s.next()) != null; ) {
                read.add(m);
            }
        }
        assertEquals(3, read.size());
        RawMessage big = read.get(1);
        assertTrue(big.truncated());
        assertTrue(big.size() > 4_000_000, "full size counted: " + big.size());
        assertTrue(big.bytes().length <= 1 << 20, "head only: " + big.bytes().length);
        assertEquals("over the message size limit (1 MB)", reason(limits, big));
        assertEquals("after", new Mailclip(limits).extract(read.get(2)).mail().subject());
    }

    @Test
    void oversizedSingleFileIsRefused() throws Exception {
        Path eml = tmp.resolve("big.eml");
        Files.writeString(eml, headers("big") + "\r\n" + "y".repeat(300_000));
        Limits limits = Limits.builder().maxMessageBytes(100_000).build();
        try (MessageSource s = Sources.open(eml, null, limits)) {
            RawMessage m = s.next();
            assertTrue(m.truncated());
            assertEquals("over the message size limit (97.7 KB)", reason(limits, m));
        }
    }

    @Test
    void tooManyPartsIsRefused() {
        StringBuilder b = new StringBuilder(headers("parts")).append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
        for (int i = 0; i < 50; i++) {
            b.append("--b\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n");
        }
        b.append("--b--\r\n");
        assertEquals("over the MIME parts limit (10 parts)", reason(Limits.builder().maxParts(10).build(), message(b.toString())));
    }

    @Test
    void deepNestingIsRefused() {
        StringBuilder b = new StringBuilder(headers("deep")).append("MIME-Version: 1.0\r\n");
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            b.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        b.append("Content-Type: text/plain\r\n\r\ndeep\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            b.append("--b").append(i).append("--\r\n");
        }
        assertEquals("over the nesting depth limit (20 levels)", reason(Limits.DEFAULTS, message(b.toString())));
    }

    @Test
    void deeplyAttachedMessagesAreRefused() {
        String inner = headers("innermost") + "\r\nthe clip\r\n";
        for (int i = 0; i < 30; i++) {
            inner = headers("layer " + i) + "MIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n" + inner;
        }
        assertTrue(reason(Limits.DEFAULTS, message(inner)).startsWith("over the nesting depth limit"));
    }

    @Test
    void hugeHeaderBlockIsRefused() {
        String m = headers("hdr") + ("X-Junk: " + "z".repeat(1000) + "\r\n").repeat(3000) + "\r\nbody\r\n";
        assertEquals("over the header size limit (1 MB)", reason(Limits.DEFAULTS, message(m)));
    }

    @Test
    void hugeTextIsCutForRecognitionNotRefused() {
        String para = "The quick brown fox jumps over the lazy dog near https://example.com/a. ".repeat(20) + "\r\n\r\n";
        String m = headers("huge text") + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + para.repeat(30_000 / 2);
        assertTrue(m.length() > 20_000_000);
        Limits limits = Limits.builder().maxTextChars(1 << 20).build();
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new Mailclip(limits).extract(message(m)));
        assertNotNull(a.text());
        assertTrue(a.text().length() <= 1 << 20, "bounded text: " + a.text().length());
    }

    @Test
    void gzipBombStopsTheInputWithAClearError() throws Exception {
        Path gz = tmp.resolve("bomb.mbox.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(("From a@b Mon Jan  1 00:00:00 2024\n" + headers("bomb").replace("\r", "") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 16];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 64 * 16; i++) { // 64 MB of 'a', a few KB compressed
                out.write(zeros);
            }
        }
        assertTrue(Files.size(gz) < 1 << 20);
        Limits limits = Limits.builder().maxDecompressedBytes(8 << 20).build();
        try (MessageSource s = Sources.open(gz, null, limits)) {
            IOException e = assertThrows(IOException.class, s::next);
            assertTrue(e.getMessage().contains("over the decompressed size limit (8 MB)"), e.getMessage());
        }
    }

    @Test
    void lineWithoutBreaksCostsBoundedMemory() throws Exception {
        Path box = tmp.resolve("oneline.mbox");
        try (OutputStream out = Files.newOutputStream(box)) {
            out.write(("From a@b Mon Jan  1 00:00:00 2024\n" + headers("line").replace("\r", "") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write("body ".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "From x ".repeat(1 << 12).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) { // 5.6 MB, no newline; "From " pieces never start a message
                out.write(chunk);
            }
        }
        Limits limits = Limits.builder().maxMessageBytes(2 << 20).build();
        try (MessageSource s = Sources.open(box, null, limits)) {
            RawMessage m = s.next();
            assertTrue(m.truncated());
            assertEquals(null, s.next());
        }
    }

    @Test
    void importOptionsSetTheLimits() throws Exception {
        Path out = tmp.resolve("out.jsonl");
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            assertEquals(0, dev.mailclip.cli.Main.run("import", "--quiet", "--max-message-size", "1KB", "--max-parts", "100",
                    "--max-depth", "10", "--max-header-size", "64KB", "--max-text", "1M", "--max-decompressed-size", "1GB",
                    "--timeout", "20s", "--sink", "jsonl:" + out, "fixtures/mailbox/takeout.mbox"));
            assertEquals(2, dev.mailclip.cli.Main.run("import", "--max-message-size", "lots", "--sink", "jsonl:" + out,
                    "fixtures/mailbox/takeout.mbox"));
            assertEquals(2, dev.mailclip.cli.Main.run("import", "--timeout", "0s", "--sink", "jsonl:" + out,
                    "fixtures/mailbox/takeout.mbox"));
        } finally {
            System.setErr(old);
        }
        Path q = tmp.resolve("out.jsonl.quarantine");
        List<String> reasons = new ArrayList<>();
        try (var files = Files.list(q)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                reasons.add(dev.mailclip.article.ArticleJson.mapper().readTree(Files.readString(p)).get("reason").asText());
            }
        }
        assertTrue(reasons.contains("over the message size limit (1 KB)"), reasons.toString());
    }
}
