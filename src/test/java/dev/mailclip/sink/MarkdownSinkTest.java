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

class MarkdownSinkTest extends SinkContract {
    @Override
    protected String uri(Path dir) {
        return "markdown:" + dir.resolve("md");
    }

    @Override
    protected Seen read(Path dir, String key) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        try (Stream<Path> files = Files.list(dir.resolve("md"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                String front = text.substring(4, text.indexOf("\n---\n", 3));
                java.util.Map<?, ?> fm = yaml.readValue(front, java.util.Map.class);
                if (!key.equals(fm.get("key"))) {
                    continue;
                }
                List<dev.mailclip.article.Sighting> saved = dev.mailclip.article.ArticleMarkdown.saved(fm.get("saved"));
                assertEquals(new java.util.TreeSet<>(saved.stream().flatMap(s -> s.labels().stream()).toList()),
                        new java.util.TreeSet<>((List<?>) fm.get("tags")), "tags: every label");
                String body = text.substring(text.indexOf("\n---\n", 3) + 5);
                return new Seen((String) fm.get("title"), body,
                        saved.stream().map(dev.mailclip.article.Sighting::id).toList(),
                        saved.stream().map(dev.mailclip.article.Sighting::note).filter(n -> n != null).toList(),
                        saved.stream().flatMap(s -> s.labels().stream()).collect(java.util.stream.Collectors.toSet()));
            }
        }
        throw new AssertionError("no file with key " + key);
    }

    @Override
    protected long quarantined(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("md/quarantine"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

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
