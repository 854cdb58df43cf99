package dev.mailclip.sink;

import dev.mailclip.article.ArticleJson;
import dev.mailclip.mailbox.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlSinkTest extends SinkContract {
    private static final int BATCH = 500; // the sink's batch: a line for each merged article at its end

    @Override
    protected String uri(Path dir) {
        return "jsonl:" + dir.resolve("out.jsonl");
    }

    /** As docs/RECORD.md tells a consumer: the last line with the key is the article. */
    @Override
    protected Seen read(Path dir, String key) throws Exception {
        dev.mailclip.article.Article last = null;
        for (String line : Files.readAllLines(dir.resolve("out.jsonl"))) {
            dev.mailclip.article.Article a = ArticleJson.read(line);
            if (key.equals(a.articleKey())) {
                last = a;
            }
        }
        return seen(last);
    }

    @Override
    protected long quarantined(Path dir) throws Exception {
        try (var files = Files.list(dir.resolve("out.jsonl.quarantine"))) {
            return files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }

    @TempDir
    Path tmp;

    /** A device or a pipe is written as a stream: a sighting merges with the article kept in memory. */
    @Test
    void aDeviceIsWrittenAndNeverReadBack() throws Exception {
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        try (Sink s = Sinks.open("jsonl:" + device)) {
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(1, "One", "x")));
            for (int i = 0; i < BATCH + 1; i++) { // over a batch: the merged article is written, then merged again
                assertEquals(Sink.Outcome.SIGHTING, s.accept(TestArticles.article(1, "One", "x").toBuilder()
                        .id("msgid:<copy" + i + "@t>").build()));
            }
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.article(1, "One", "x")));
        }
    }

    @Test
    void reopeningReadsIdsAndKeys() throws Exception {
        Path f = tmp.resolve("out.jsonl");
        try (Sink s = Sinks.open("jsonl:" + f)) {
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(1, "One", "x")));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.mail(2)));
        }
        try (Sink s = Sinks.open("jsonl:" + f)) {
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.article(1, "One", "x")));
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.mail(2)));
            assertEquals(Sink.Outcome.SIGHTING, s.accept(TestArticles.article(1, "One", "x").toBuilder().id("msgid:<fwd@t>").build()));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(3, "Three", "x")));
        }
        try (Sink s = Sinks.open("jsonl:" + f)) {
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.article(1, "One", "x").toBuilder().id("msgid:<fwd@t>").build()));
        }
        List<String> lines = Files.readAllLines(f);
        assertEquals(4, lines.size());
        assertEquals("One", ArticleJson.read(lines.get(0)).title());
        // the article again at the end of its batch, superseding the first line, with both messages that carried it
        assertEquals("Three", ArticleJson.read(lines.get(2)).title());
        assertEquals(List.of("msgid:<fwd@t>", "msgid:<m1@t>"),
                ArticleJson.read(lines.get(3)).sightings().stream().map(dev.mailclip.article.Sighting::id).sorted().toList());
    }

    /**
     * An article carried by many messages is appended once a batch, not once a message: each line holds every
     * sighting so far, and a line a sighting made the file grow with the square of their number.
     */
    @Test
    void anOftenSeenArticleIsAppendedOnceABatch() throws Exception {
        Path f = tmp.resolve("often.jsonl");
        int copies = 3 * BATCH;
        int accepted = 0;
        try (Sink s = Sinks.open("jsonl:" + f)) {
            for (int i = 0; i < copies; i++) {
                dev.mailclip.article.Article copy = TestArticles.article(1, "One", "x").toBuilder().id("msgid:<c" + i + "@t>").build();
                assertEquals(i == 0 ? Sink.Outcome.STORED : Sink.Outcome.SIGHTING, s.accept(copy));
                accepted++;
                if (i % 7 == 0) {
                    s.accept(TestArticles.mail(10_000 + i)); // other mail between the copies
                    accepted++;
                }
            }
        }
        List<dev.mailclip.article.Article> articles = Files.readAllLines(f).stream().map(ArticleJson::read)
                .filter(a -> a.articleKey() != null).toList();
        // the first copy's line, then one merged line for each batch handed over (the last one at close)
        int batches = (accepted + BATCH - 1) / BATCH;
        assertEquals(1 + batches, articles.size());
        assertEquals(copies, articles.get(articles.size() - 1).sightings().size());
        try (Sink s = Sinks.open("jsonl:" + f)) {
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.article(1, "One", "x").toBuilder().id("msgid:<c" + (copies - 1) + "@t>").build()));
        }
    }

    @Test
    void aTornLastLineIsCutOff() throws Exception {
        Path f = tmp.resolve("torn.jsonl");
        String good = ArticleJson.line(TestArticles.article(1, "One", "x")) + "\n";
        String torn = ArticleJson.line(TestArticles.article(2, "Two", "x"));
        Files.writeString(f, good + torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8);
        try (Sink s = Sinks.open("jsonl:" + f)) {
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(2, "Two", "x")));
        }
        List<String> lines = Files.readAllLines(f);
        assertEquals(2, lines.size());
        lines.forEach(ArticleJson::read);
    }

    @Test
    void quarantineGoesBesideOnce() throws Exception {
        Path f = tmp.resolve("q.jsonl");
        try (Sink s = Sinks.open("jsonl:" + f)) {
            for (int i = 0; i < 2; i++) {
                s.quarantine(new Quarantined("sha256:ab", new byte[]{(byte) 0x8f, 'x'}, Origin.file("a.eml", null), "bad"));
            }
        }
        Path dir = tmp.resolve("q.jsonl.quarantine");
        try (var files = Files.list(dir)) {
            List<Path> all = files.sorted().toList();
            assertEquals(2, all.size(), all.toString());
            Path eml = all.stream().filter(p -> p.toString().endsWith(".eml")).findFirst().orElseThrow();
            assertEquals(2, Files.readAllBytes(eml).length);
            String json = Files.readString(all.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
            assertTrue(json.contains("\"reason\":\"bad\""), json);
        }
        Files.writeString(f, "", StandardOpenOption.APPEND);
    }
}
