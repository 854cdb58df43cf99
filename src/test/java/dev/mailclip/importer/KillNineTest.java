package dev.mailclip.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An import killed with SIGKILL half-way, then run again, leaves the same archive as one clean
 * run: the same ids, nothing twice. The import runs in a child JVM ({@code dev.mailclip.cli.Main}).
 */
class KillNineTest {
    private static final int MESSAGES = 6000;

    @TempDir
    Path tmp;

    @Test
    void sqliteSurvivesKillNine() throws Exception {
        Path killed = tmp.resolve("killed.db");
        killedThenRerunEqualsCleanRun("sqlite:", tmp.resolve("clean.db"), killed,
                () -> Files.exists(tmp.resolve("killed.db-wal")) && size(tmp.resolve("killed.db-wal")) > 200_000,
                KillNineTest::sqliteIds);
    }

    @Test
    void jsonlSurvivesKillNine() throws Exception {
        Path killed = tmp.resolve("killed.jsonl");
        killedThenRerunEqualsCleanRun("jsonl:", tmp.resolve("clean.jsonl"), killed,
                () -> size(killed) > 100_000 || count(tmp.resolve("killed.jsonl.quarantine")) > 400,
                KillNineTest::jsonlIds);
    }

    /**
     * The markdown sink writes each record to a temporary file and renames it ({@code AtomicFiles}):
     * after a kill and a rerun, every .md is whole, no temporary file is left, and the ids are
     * those of a clean run.
     */
    @Test
    void markdownSurvivesKillNine() throws Exception {
        Path killed = tmp.resolve("killed-md");
        killedThenRerunEqualsCleanRun("markdown:", tmp.resolve("clean-md"), killed,
                () -> count(killed) + count(killed.resolve("mail")) > 1500,
                KillNineTest::markdownIds);
    }

    private interface Ids {
        List<String> of(Path target) throws Exception;
    }

    /**
     * One clean import into {@code clean}; one into {@code killed}, killed once {@code midway} holds,
     * then run again to its end: both hold the same ids, at least half the mailbox.
     */
    private void killedThenRerunEqualsCleanRun(String scheme, Path clean, Path killed, BooleanSupplier midway,
                                               Ids ids) throws Exception {
        Path box = mailbox();
        assertEquals(0, runToEnd(box, scheme + clean));
        assertTrue(killMidway(box, scheme + killed, midway), "the child was still importing when killed");
        assertEquals(0, runToEnd(box, scheme + killed));
        List<String> a = ids.of(clean);
        assertTrue(a.size() >= MESSAGES / 2, "stored: " + a.size());
        assertEquals(a, ids.of(killed));
    }

    /** Ids from the front matter of every .md (articles and mail) and quarantine .json. */
    private static List<String> markdownIds(Path dir) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                assertTrue(!name.endsWith(dev.mailclip.sink.AtomicFiles.TEMP_SUFFIX), "temporary file left: " + p);
                if (name.endsWith(".md")) {
                    List<String> lines = Files.readAllLines(p);
                    assertEquals("---", lines.get(0), p.toString());
                    int end = lines.subList(1, lines.size()).indexOf("---");
                    assertTrue(end > 0, "front matter closed: " + p);
                    String id = lines.subList(1, end + 1).stream().filter(l -> l.startsWith("id: ")).findFirst()
                            .orElseThrow(() -> new AssertionError("no id in " + p)).substring(4).replace("'", "")
                            .replace("\"", "");
                    ids.add(id);
                } else if (name.endsWith(".json") && p.getParent().getFileName().toString().equals("quarantine")) {
                    ids.add(ArticleJson.mapper().readTree(Files.readString(p)).get("id").asText());
                }
            }
        }
        ids.sort(null);
        assertEquals(new TreeSet<>(ids).size(), ids.size(), "no id twice");
        return ids;
    }

    /** Distinct message ids, each a few hundred bytes; some repeat an article so keys matter too. */
    private Path mailbox() throws IOException {
        Path box = tmp.resolve("big.mbox");
        try (OutputStream out = Files.newOutputStream(box)) {
            for (int i = 0; i < MESSAGES; i++) {
                String m = "From " + i + "@xxx Mon Jan 01 10:00:00 +0000 2024\n"
                        + "Message-ID: <kill-" + i + "@mailclip.test>\nFrom: a@example.org\nTo: b@example.org\n"
                        + "Subject: message " + i + "\nDate: Mon, 01 Jan 2024 10:00:00 +0000\n"
                        + "Content-Type: text/plain; charset=UTF-8\n\n"
                        + "https://example.com/story/" + (i % 4000) + "\n\nSome words of story " + (i % 4000)
                        + ", as clipped. " + "Filler text. ".repeat(20) + "\n\n";
                out.write(m.getBytes(StandardCharsets.UTF_8));
            }
        }
        return box;
    }

    private ProcessBuilder child(Path box, String sink) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.mailclip.cli.Main", "import", "--quiet", "--threads", "2", "--sink", sink, box.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child-" + System.nanoTime() + ".log").toFile());
    }

    private int runToEnd(Path box, String sink) throws Exception {
        Process p = child(box, sink).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "import finished");
        return p.exitValue();
    }

    /** @return whether the child was still running when it was killed */
    private boolean killMidway(Path box, String sink, BooleanSupplier started) throws Exception {
        Process p = child(box, sink).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && !started.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        boolean alive = p.isAlive();
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        return alive;
    }

    private static List<String> sqliteIds(Path db) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM articles UNION ALL SELECT id FROM quarantine ORDER BY 1")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        assertEquals(new TreeSet<>(ids).size(), ids.size(), "no id twice");
        return ids;
    }

    private static List<String> jsonlIds(Path file) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            ids.add(ArticleJson.read(line).id());
        }
        Path q = file.resolveSibling(file.getFileName() + ".quarantine");
        if (Files.isDirectory(q)) {
            try (Stream<Path> s = Files.list(q)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".json")).toList()) {
                    JsonNode n = ArticleJson.mapper().readTree(Files.readString(p));
                    ids.add(n.get("id").asText());
                }
            }
        }
        ids.sort(null);
        assertEquals(new TreeSet<>(ids).size(), ids.size(), "no id twice");
        return ids;
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static long count(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            return 0;
        }
    }
}
