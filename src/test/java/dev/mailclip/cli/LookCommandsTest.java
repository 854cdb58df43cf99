package dev.mailclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.ArticleJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** show, list, export and filtered search on fixtures/mailbox/clips.mbox, on each sink that can read back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookCommandsTest {
    Path tmp;
    String db;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    void importClips() throws Exception {
        tmp = Files.createTempDirectory("mailclip-look-");
        db = "sqlite:" + tmp.resolve("clips.db");
        Run r = run("import", "fixtures/mailbox/clips.mbox", "--sink", db, "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("6 sightings"), r.err());
    }

    @Test
    void listsByDateWithFilters() {
        Run all = run("list", "--sink", db, "--json");
        assertEquals(0, all.code(), all.err());
        List<String> lines = all.out().lines().toList();
        assertEquals(5, lines.size(), all.out());
        List<String> dates = lines.stream().map(l -> json(l).get("date").asText()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "by date");
        assertEquals(5, run("list", "--sink", db, "--label", "Clips").out().lines().count());
        assertEquals(0, run("list", "--sink", db, "--label", "No such label").out().lines().count());
        assertEquals(0, run("list", "--sink", db, "--kind", "mail").out().lines().count());
        String site = json(lines.get(0)).get("site").asText();
        Run bySite = run("list", "--sink", db, "--site", site, "--json");
        assertTrue(bySite.out().lines().allMatch(l -> site.equals(json(l).get("site").asText())), bySite.out());
        String last = dates.get(dates.size() - 1).substring(0, 10);
        assertTrue(run("list", "--sink", db, "--since", last).out().lines().count() >= 1);
        String until = dates.get(3);
        long upTo = dates.stream().filter(d -> d.substring(0, Math.min(d.length(), until.length())).compareTo(until) <= 0).count();
        assertTrue(upTo >= 4);
        assertEquals(upTo, run("list", "--sink", db, "--until", until).out().lines().count(), "--until " + until);
        assertEquals(ExitCodes.BAD_INPUT, run("list", "--sink", db, "--kind", "pony").code());
    }

    @Test
    void showsByUrlOrByAnyMessageThatCarriedIt() {
        Run byMessage = run("show", "msgid:<fwd000@outlook.example>", "--sink", db, "--json");
        assertEquals(0, byMessage.code(), byMessage.err());
        JsonNode rec = json(byMessage.out());
        assertTrue(rec.get("sightings").size() >= 2, byMessage.out());
        Run byUrl = run("show", rec.get("url").isNull() ? rec.get("articleKey").asText() : rec.get("url").asText(),
                "--sink", db, "--json");
        assertEquals(byMessage.out(), byUrl.out());
        Run md = run("show", "msgid:<fwd000@outlook.example>", "--sink", db);
        assertTrue(md.out().startsWith("---\n") && md.out().contains("saved:") && md.out().contains("Worth keeping."),
                md.out());
        assertEquals(ExitCodes.BAD_INPUT, run("show", "msgid:<nope@x>", "--sink", db).code());
    }

    @Test
    void exportsToMarkdownAndJsonlWhichReadBackTheSame() throws Exception {
        Path dir = tmp.resolve("md");
        Run md = run("export", "--sink", db, "--to", "markdown:" + dir);
        assertEquals(0, md.code(), md.err());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> mds = files.filter(p -> p.toString().endsWith(".md")).toList();
            assertEquals(5, mds.size());
            String all = String.join("\n", mds.stream().map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
            assertTrue(all.contains("Worth keeping.") && all.contains("For the archive.") && all.contains("tags:"));
        }
        Path jsonl = tmp.resolve("out.jsonl");
        Run j = run("export", "--sink", db, "--to", "jsonl:" + jsonl);
        assertEquals(0, j.code(), j.err());
        assertEquals(5, Files.readAllLines(jsonl).size());
        assertEquals(run("list", "--sink", db, "--json").out(), run("list", "--sink", "jsonl:" + jsonl, "--json").out());
        assertEquals(run("show", "msgid:<fwd000@outlook.example>", "--sink", db, "--json").out(),
                run("show", "msgid:<fwd000@outlook.example>", "--sink", "jsonl:" + jsonl, "--json").out());
        Run again = run("export", "--sink", db, "--to", "jsonl:" + jsonl);
        assertEquals(5, Files.readAllLines(jsonl).size(), "exporting again adds nothing: " + again.err());
    }

    @Test
    void searchTakesTheSameFiltersThroughTheSinkSpi() {
        Run hits = run("search", "Hamas", "--sink", db, "--json");
        assertEquals(0, hits.code(), hits.err());
        assertFalse(hits.out().isBlank());
        assertEquals(0, run("search", "Hamas", "--sink", db, "--label", "No such label").out().lines().count());
        assertEquals(hits.out(), run("search", "Hamas", "--sink", db, "--json", "--label", "Clips").out());
        Run missing = run("search", "Hamas", "--sink", "markdown:" + tmp.resolve("x"));
        assertEquals(ExitCodes.SINK, missing.code(), "as for a missing SQLite archive");
        assertTrue(missing.err().contains("no such folder"), missing.err());
    }

    @Test
    void everySinkSearchesWhatItHolds() {
        String jsonl = "jsonl:" + tmp.resolve("search.jsonl");
        String md = "markdown:" + tmp.resolve("search-md");
        assertEquals(0, run("export", "--sink", db, "--to", jsonl).code());
        assertEquals(0, run("export", "--sink", db, "--to", md).code());
        List<String> expected = hitIds(run("search", "Hamas", "--sink", db, "--json", "--label", "Clips"));
        assertFalse(expected.isEmpty());
        for (String sink : List.of(jsonl, md)) {
            Run r = run("search", "Hamas", "--sink", sink, "--json", "--label", "Clips");
            assertEquals(0, r.code(), r.err());
            assertEquals(Set.copyOf(expected), Set.copyOf(hitIds(r)), sink);
            assertEquals(0, run("search", "Hamas", "--sink", sink, "--kind", "mail").out().lines().count(), sink);
        }
    }

    private List<String> hitIds(Run r) {
        return r.out().lines().map(l -> json(l).path("id").asText()).toList();
    }

    @Test
    void theCommandLineNamesNoSinkClass() throws Exception {
        for (String name : List.of("SearchCommand", "ShowCommand", "ListCommand", "ExportCommand", "FilterOptions")) {
            Path p = Path.of("src/main/java/dev/mailclip/cli/" + name + ".java");
            {
                String src = Files.readString(p);
                for (String pkg : List.of("sink.sqlite", "sink.solr", "sink.jsonl", "sink.markdown")) {
                    assertFalse(src.contains("dev.mailclip." + pkg), p + " names " + pkg);
                }
            }
        }
    }

    static JsonNode json(String s) {
        try {
            return ArticleJson.mapper().readTree(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
