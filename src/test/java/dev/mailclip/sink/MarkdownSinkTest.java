package dev.mailclip.sink;

import dev.mailclip.sink.markdown.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownSinkTest {
    @TempDir
    Path tmp;

    @Test
    void oneFilePerArticleWithFrontMatterImagesAndMailApart() throws Exception {
        Path dir = tmp.resolve("md");
        try (Sink s = Sinks.open("markdown:" + dir)) {
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.withImage(1)));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(2, "../../etc/passwd", "x")));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(3, "../../etc/passwd", "y")));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.mail(4)));
        }
        try (Sink s = Sinks.open("markdown:" + dir)) {
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.withImage(1)));
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.mail(4)));
        }
        List<Path> md;
        try (Stream<Path> w = Files.walk(tmp)) {
            md = w.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(4, md.size(), md.toString());
        md.forEach(p -> assertTrue(p.startsWith(dir), "inside the folder: " + p));
        Path pictures = md.stream().filter(p -> p.getFileName().toString().contains("Pictures")).findFirst().orElseThrow();
        String text = Files.readString(pictures, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("---\n"), text);
        assertTrue(text.contains("title: Pictures 1") && text.contains("url: https://news.example.com/1")
                && text.contains("id: \"msgid:<m1@t>\"") || text.contains("id: msgid:<m1@t>"), text);
        String base = pictures.getFileName().toString().replace(".md", "");
        assertTrue(text.contains("](" + base.replace(" ", "%20") + ".files/1-chart.png)"), text);
        assertTrue(Files.exists(pictures.resolveSibling(base + ".files/1-chart.png")));
        assertEquals(1, md.stream().filter(p -> p.getParent().getFileName().toString().equals("mail")).count());
        long passwd = md.stream().filter(p -> p.getFileName().toString().contains("etc-passwd")).count();
        assertEquals(2, passwd, "collision resolved with a suffix: " + md);
    }

    @Test
    void safeNames() {
        assertEquals("etc-passwd", FileNames.safe("../../etc/passwd", "x"));
        assertEquals("_CON", FileNames.safe("CON", "x"));
        assertEquals("_nul.txt", FileNames.safe("nul.txt", "x"));
        assertEquals("x", FileNames.safe("\u0000\u0007 ..", "x"));
        assertEquals("a-b", FileNames.safe("a\nb", "x"));
        String longName = FileNames.safe("é".repeat(300), "x");
        assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= FileNames.MAX_BYTES);
        assertFalse(longName.isEmpty());
    }
}
