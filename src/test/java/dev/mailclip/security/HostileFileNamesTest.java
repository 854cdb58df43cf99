package dev.mailclip.security;

import dev.mailclip.article.Article;
import dev.mailclip.article.Attachment;
import dev.mailclip.sink.TestArticles;
import dev.mailclip.sink.markdown.FileNames;
import dev.mailclip.sink.markdown.MarkdownSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Titles and attachment names come from whoever sent the mail. Whatever they hold, the Markdown
 * sink writes only inside its folder, under names that every common file system accepts.
 */
class HostileFileNamesTest {
    static final List<String> HOSTILE = List.of(
            "../../../../etc/passwd", "..\\..\\windows\\system32\\config", "/etc/shadow", "\\\\server\\share\\x",
            "C:\\Windows\\win.ini", "c:evil", "D:", "CON", "con.md", "NUL", "nul.txt", "COM1", "Com9.tar.gz", "LPT1",
            "AUX", "PRN", "..", ".", "...", " .. ", ".hidden", "name.", "name ", "tab\there", "nul\u0000byte",
            "bell\u0007\u001b[31mred", "new\nline\r", "\u202eRTL override gpj.exe", "zero\u200bwidth",
            "a/b/c", "<>:\"|?*", "%2e%2e%2f", "~/.ssh/authorized_keys", "$(rm -rf ~)", "`id`",
            "x".repeat(5000), "é".repeat(500), "😀".repeat(300), "", "   ", "\ud800lone surrogate");

    static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
            "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    static void assertSafeName(String name, String from) {
        assertFalse(name.isEmpty(), from);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, from + " → " + name.length());
        assertFalse(name.equals(".") || name.equals(".."), from);
        for (char c : name.toCharArray()) {
            assertFalse(Character.isISOControl(c) || "/\\:*?\"<>|".indexOf(c) >= 0,
                    from + " → " + name + " has " + (int) c);
            assertFalse(Character.isSurrogate(c) && !Character.isHighSurrogate(c) && !Character.isLowSurrogate(c), from);
        }
        assertFalse(name.endsWith(".") || name.endsWith(" "), from + " → " + name);
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        assertFalse(RESERVED.contains(stem.toUpperCase(Locale.ROOT).strip()), from + " → " + name);
        // resolving it under a folder stays one level inside that folder
        Path dir = Path.of("/base/dir");
        assertEquals(dir, dir.resolve(name).normalize().getParent(), from + " → " + name);
    }

    @Test
    void safeNamesForEveryHostileTitle() {
        for (String h : HOSTILE) {
            String name = FileNames.safe(h, "untitled");
            assertSafeName(name, h);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES, h);
        }
        assertEquals("untitled", FileNames.safe(null, "untitled"));
    }

    @Test
    void markdownSinkWritesOnlyInsideItsFolder() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("outer"));
        Path dir = root.resolve("md");
        MarkdownSink sink = new MarkdownSink(dir.toString());
        int n = 0;
        for (String h : HOSTILE) {
            n++;
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', (byte) n};
            Article a = TestArticles.article(n, h, "text " + n).toBuilder()
                    .html("<p>see</p><img src=\"cid:i" + n + "@x\">")
                    .attachments(List.of(new Attachment(h, "image/png", "<i" + n + "@x>", true, png),
                            new Attachment("../../../escape.png", "image/png", null, true, png),
                            new Attachment("/abs/escape.png", "image/png", null, true, png)))
                    .build();
            sink.accept(a);
        }
        // the same title again, and in another case: collisions get their own names
        sink.accept(TestArticles.article(900, "Same Title", "a"));
        sink.accept(TestArticles.article(901, "Same Title", "b").toBuilder().date(TestArticles.article(900, "x", "y").date()).build());
        sink.accept(TestArticles.article(902, "SAME TITLE", "c").toBuilder().date(TestArticles.article(900, "x", "y").date()).build());
        sink.close();

        try (Stream<Path> all = Files.walk(root)) {
            List<Path> files = all.filter(p -> !p.equals(root)).toList();
            Set<String> seen = new HashSet<>();
            int md = 0;
            for (Path p : files) {
                assertTrue(p.normalize().startsWith(dir), "outside the sink: " + p);
                if (!p.equals(dir)) {
                    assertSafeName(p.getFileName().toString(), p.toString());
                    assertTrue(seen.add(dir.relativize(p).toString().toLowerCase(Locale.ROOT)), "case collision: " + p);
                }
                if (p.getParent().equals(dir) && Files.isRegularFile(p) && p.toString().endsWith(".md")) {
                    md++;
                }
            }
            assertEquals(HOSTILE.size() + 3, md, "one .md per record");
        }
        assertFalse(Files.exists(tmp.resolve("escape.png")) || Files.exists(root.resolve("escape.png"))
                || Files.exists(Path.of("/abs/escape.png")));
    }

    @TempDir
    Path tmp;
}
