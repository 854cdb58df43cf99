package dev.mailclip.mailbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.cli.Cli;
import dev.mailclip.cli.ExitCodes;
import dev.mailclip.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile mbox fixtures (fixtures/mailbox/make_hostile.py): every file splits into exactly the
 * messages written, in order, none lost, invented or merged; an import of each reconciles exactly,
 * messages in = records + duplicates + quarantined, with the counts expected.json gives.
 */
class HostileMailboxTest {
    static final Path DIR = Path.of("fixtures/mailbox/hostile");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?mi)^Message-ID: (<[^>\\r\\n]{1,200}>)");

    @TempDir
    Path tmp;

    @BeforeAll
    static void warmUp() throws ClassNotFoundException {
        Cli.warmUp();
    }

    static JsonNode expected() throws IOException {
        return ArticleJson.mapper().readTree(DIR.resolve("expected.json").toFile());
    }

    static Stream<String> files() throws IOException {
        List<String> names = new ArrayList<>();
        expected().fieldNames().forEachRemaining(names::add);
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void splitsIntoExactlyTheMessagesWritten(String file) throws IOException {
        List<String> want = new ArrayList<>();
        expected().get(file).get("ids").forEach(n -> want.add(n.asText()));
        List<String> got = new ArrayList<>();
        try (MessageSource s = Sources.open(DIR.resolve(file))) {
            RawMessage m;
            while ((m = s.next()) != null) {
                String head = new String(m.bytes(), StandardCharsets.ISO_8859_1);
                Matcher id = MESSAGE_ID.matcher(head);
                got.add(id.find() ? id.group(1) : "(none)");
                int count = 0;
                while (id.find()) {
                    count++;
                }
                assertTrue(count == 0 || file.startsWith("dup-deep"), file + ": merged messages in " + got);
                assertFalse(head.startsWith("From ") || head.startsWith("\uFEFF") || head.startsWith("\u00ef\u00bb\u00bf"),
                        file + ": the envelope or BOM belongs to the mbox");
            }
        }
        assertEquals(want, got, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void importReconcilesExactly(String file) throws Exception {
        JsonNode want = expected().get(file);
        Path report = tmp.resolve("r.json");
        String[] err = new String[1];
        int code = run(err, "import", "--quiet", "--threads", "1", "--sink", "jsonl:" + tmp.resolve("out.jsonl"),
                "--report", report.toString(), DIR.resolve(file).toString());
        assertEquals(0, code, err[0]);
        JsonNode r = ArticleJson.mapper().readTree(report.toFile());
        long records = r.get("articles").asLong() + r.get("mail").asLong();
        assertEquals(want.get("messages").asLong(), r.get("messages").asLong(), file + " " + r);
        assertEquals(want.get("records").asLong(), records, file + " " + r);
        assertEquals(want.get("duplicates").asLong(), r.get("duplicates").asLong(), file + " " + r);
        assertEquals(want.get("quarantined").asLong(), r.get("quarantined").asLong(), file + " " + r);
        assertEquals(r.get("messages").asLong(), records + r.get("duplicates").asLong() + r.get("quarantined").asLong());
    }

    @Test
    void randomBytesNamedMboxAreNoMailbox() throws Exception {
        Path file = DIR.resolve("random.mbox");
        IOException e = assertThrows(IOException.class, () -> {
            try (MessageSource s = Sources.open(file)) {
                while (s.next() != null) {
                    // read to the end
                }
            }
        });
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        String[] err = new String[1];
        assertEquals(ExitCodes.BAD_INPUT, run(err, "import", "--quiet", "--sink", "jsonl:" + tmp.resolve("o.jsonl"),
                file.toString()));
        assertOneLineNaming(err[0], file);
        assertEquals(ExitCodes.BAD_INPUT, run(err, "extract", file.toString()));
        assertOneLineNaming(err[0], file);
    }

    @Test
    void aTextFileNamedMboxInAFolderIsSkippedAndTheRestImported() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("box"));
        Files.writeString(folder.resolve("notes.mbox"), "shopping list\nmilk\n");
        Files.copy(Path.of("fixtures/mailbox/folder/a.eml"), folder.resolve("a.eml"));
        Path report = tmp.resolve("r.json");
        String[] err = new String[1];
        assertEquals(0, run(err, "import", "--sink", "jsonl:" + tmp.resolve("o.jsonl"), "--report", report.toString(),
                folder.toString()), err[0]);
        JsonNode r = ArticleJson.mapper().readTree(report.toFile());
        assertEquals(1, r.get("messages").asInt(), r.toString());
        assertTrue(r.get("skipped").toString().contains("notes.mbox"), r.toString());
    }

    @Test
    void aTruncatedGzipGivesWhatCameBeforeAndNamesItsFile() throws Exception {
        Path file = DIR.resolve("truncated.mbox.gz");
        List<RawMessage> got = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> {
            try (MessageSource s = Sources.open(file)) {
                RawMessage m;
                while ((m = s.next()) != null) {
                    got.add(m);
                }
            }
        });
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
        assertFalse(got.isEmpty());
        String[] err = new String[1];
        String[] out = new String[1];
        assertEquals(ExitCodes.BAD_INPUT, run(err, out, "extract", file.toString()));
        assertTrue(err[0].contains(file.toString()) && err[0].contains("truncated"), err[0]);
        assertEquals(got.size(), out[0].lines().count(), "the records before the cut are printed");
    }

    @Test
    void extractPrintsEveryRecordAndNamesTheBadMessage() throws Exception {
        Path file = DIR.resolve("dup-deep.mbox");
        String[] err = new String[1];
        String[] out = new String[1];
        assertEquals(ExitCodes.SOME_FAILED, run(err, out, "extract", file.toString()));
        assertEquals(3, out[0].lines().count(), out[0]);
        assertTrue(Pattern.compile("dup-deep\\.mbox#3 \\(byte \\d+\\): .*depth").matcher(err[0]).find(), err[0]);
        Iterator<String> lines = out[0].lines().iterator();
        while (lines.hasNext()) {
            assertNotNull(ArticleJson.read(lines.next()));
        }
        // the byte offset points at the envelope of the message named
        long offset = Long.parseLong(err[0].replaceAll("(?s).*#3 \\(byte (\\d+)\\).*", "$1"));
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new String(bytes, (int) offset, 30, StandardCharsets.ISO_8859_1).startsWith("From ada@example.org"));
    }

    static void assertOneLineNaming(String err, Path file) {
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains(file.toString()), err);
        assertFalse(err.contains("Exception"), err);
    }

    static int run(String[] err, String... args) {
        return run(err, new String[1], args);
    }

    /** Runs the CLI in this JVM; stderr in {@code err[0]}, stdout in {@code out[0]}. */
    static int run(String[] err, String[] out, String... args) {
        Cli.Run r = Cli.run(args);
        err[0] = r.err();
        out[0] = r.out();
        return r.code();
    }
}
