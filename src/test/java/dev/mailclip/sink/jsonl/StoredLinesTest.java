package dev.mailclip.sink.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Sightings;
import dev.mailclip.sink.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoredLinesTest {
    @TempDir
    Path tmp;

    /** The identities read by the tokenizer are those of the whole tree of each line, at each line's offset. */
    @Test
    void readsWhatTheTreeOfEachLineHolds() throws Exception {
        StringBuilder file = new StringBuilder();
        List<StoredLines.Line> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Article a = i % 3 == 0 ? TestArticles.mail(i) : TestArticles.article(i, "Title " + i, "text ".repeat(i));
            if (i % 5 == 1) {
                a = Sightings.merge(a, a.toBuilder().id("msgid:<again" + i + "@t>").build()); // two sightings
            }
            String line = ArticleJson.line(a);
            expected.add(fromTree(line, file.toString().getBytes(StandardCharsets.UTF_8).length));
            file.append(line).append('\n');
            if (i % 50 == 0) {
                file.append("  \n"); // blank lines are passed over
            }
        }
        Path f = tmp.resolve("a.jsonl");
        Files.writeString(f, file, StandardCharsets.UTF_8);
        List<StoredLines.Line> read = new ArrayList<>();
        assertEquals(Files.size(f), StoredLines.read(f, read::add));
        assertEquals(expected, read);
    }

    /** A record longer than the read buffer (a page's HTML) is read whole, and so is the line after it. */
    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws Exception {
        String longLine = ArticleJson.line(TestArticles.article(1, "Long", "word ".repeat(700_000)));
        String next = ArticleJson.line(TestArticles.article(2, "Next", "x"));
        Path f = tmp.resolve("long.jsonl");
        Files.writeString(f, longLine + "\n" + next + "\n", StandardCharsets.UTF_8);
        List<StoredLines.Line> read = new ArrayList<>();
        assertEquals(Files.size(f), StoredLines.read(f, read::add));
        assertEquals(List.of(fromTree(longLine, 0), fromTree(next, longLine.length() + 1)), read);
    }

    /** A last line cut short, with or without its newline, lies beyond the good length; one inside is an error. */
    @Test
    void aTornLastLineIsBeyondTheGoodLengthAndABadLineInsideIsNotARecord() throws Exception {
        String good = ArticleJson.line(TestArticles.article(1, "One", "x")) + "\n";
        String half = ArticleJson.line(TestArticles.article(2, "Two", "x")).substring(0, 40);
        for (String tail : List.of(half, half + "\n")) {
            Path f = tmp.resolve("torn.jsonl");
            Files.writeString(f, good + tail, StandardCharsets.UTF_8);
            List<StoredLines.Line> read = new ArrayList<>();
            assertEquals(good.length(), StoredLines.read(f, read::add));
            assertEquals(1, read.size());
        }
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, good + half + "\n" + good, StandardCharsets.UTF_8);
        StoredLines.NotARecord e = assertThrows(StoredLines.NotARecord.class, () -> StoredLines.read(bad, l -> { }));
        assertEquals(good.length() + half.length() + 1, e.endsAt);
    }

    private static StoredLines.Line fromTree(String line, long offset) throws Exception {
        JsonNode node = ArticleJson.mapper().readTree(line);
        List<String> sightings = new ArrayList<>();
        if (node.get("sightings") != null) {
            node.get("sightings").forEach(s -> sightings.add(text(s, "id")));
        }
        return new StoredLines.Line(text(node, "id"), text(node, "articleKey"), sightings, offset);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
