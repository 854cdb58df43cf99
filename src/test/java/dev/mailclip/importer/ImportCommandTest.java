package dev.mailclip.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.cli.ExitCodes;
import dev.mailclip.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import command end to end, in this JVM, with the real extract (whatever state it is in). */
class ImportCommandTest {
    static final Path FIX = Path.of("fixtures/mailbox");

    @TempDir
    Path tmp;

    @org.junit.jupiter.api.BeforeAll
    static void loadMain() throws ClassNotFoundException {
        // notices printed once per JVM (an instrumenting agent, SLF4J's providers) go out before any capture
        Class.forName(Main.class.getName());
        org.slf4j.LoggerFactory.getLogger(Main.class);
    }

    /** Runs the CLI; returns the exit code, and stderr in {@code err[0]}. */
    static int run(String[] err, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setErr(old);
            err[0] = buf.toString(StandardCharsets.UTF_8);
        }
    }

    static JsonNode report(Path p) throws Exception {
        return ArticleJson.mapper().readTree(Files.readString(p));
    }

    static void assertReconciles(JsonNode r) {
        assertEquals(r.get("messages").asLong(), r.get("articles").asLong() + r.get("mail").asLong()
                + r.get("duplicates").asLong() + r.path("sightings").asLong() + r.get("quarantined").asLong(),
                r.toString());
    }

    @Test
    void importsAllFixturesTwiceIntoSqliteAndTheSecondRunAddsNothing() throws Exception {
        String[] err = new String[1];
        String sink = "sqlite:" + tmp.resolve("a.db");
        Path rep = tmp.resolve("r1.json");
        String[] inputs = {FIX.resolve("takeout.mbox").toString(), FIX.resolve("mboxcl2.mbox").toString(),
                FIX.resolve("maildir").toString(), FIX.resolve("folder").toString()};
        String[] args = concat(new String[]{"import", "--sink", sink, "--report", rep.toString()}, inputs);
        assertEquals(0, run(err, args), err[0]);
        JsonNode r1 = report(rep);
        assertEquals(4 + 3 + 4 + 6, r1.get("messages").asLong());
        assertReconciles(r1);
        assertTrue(err[0].contains("mailclip import: 17 messages"), err[0]);
        assertFalse(err[0].contains("\tat "), "never a stack trace");

        Path rep2 = tmp.resolve("r2.json");
        args[4] = rep2.toString();
        assertEquals(0, run(err, args), err[0]);
        JsonNode r2 = report(rep2);
        assertEquals(17, r2.get("messages").asLong());
        assertEquals(0, r2.get("articles").asLong() + r2.get("mail").asLong(), r2.toString());
        assertReconciles(r2);
    }

    @Test
    void exitCodes() throws Exception {
        String[] err = new String[1];
        assertEquals(ExitCodes.BAD_INPUT, run(err, "import", "--quiet", "--sink", "jsonl:" + tmp.resolve("x.jsonl"),
                FIX.resolve("takeout.mbox").toString(), tmp.resolve("missing.mbox").toString()));
        assertTrue(err[0].contains("missing.mbox") && err[0].trim().split("\n").length == 1, err[0]);
        assertEquals(ExitCodes.BAD_INPUT, run(err, "import", "--quiet", FIX.resolve("folder/pixel.png").toString()));
        Files.createDirectories(tmp.resolve("adir"));
        assertEquals(ExitCodes.SINK, run(err, "import", "--quiet", "--sink", "jsonl:" + tmp.resolve("adir"),
                FIX.resolve("takeout.mbox").toString()));
        assertTrue(err[0].startsWith("mailclip import: jsonl:"), err[0]);
        assertEquals(ExitCodes.SINK, run(err, "import", "--quiet", "--sink", "nosuch:x", FIX.resolve("takeout.mbox").toString()));
        assertFalse(err[0].contains("\tat "));
    }

    @Test
    void searchNeedsAnArchive() {
        String[] err = new String[1];
        assertEquals(ExitCodes.SINK, run(err, "search", "--sink", "sqlite:" + tmp.resolve("none.db"), "ceasefire"));
        assertTrue(err[0].contains("none.db"), err[0]);
        assertEquals(ExitCodes.SINK, run(err, "search", "--sink", "jsonl:" + tmp.resolve("none.jsonl"), "ceasefire"),
                "every sink searches; a missing one is a sink that cannot be read");
        assertTrue(err[0].contains("none.jsonl: no such file"), err[0]);
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
