package dev.mailclip.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.OneLine;
import dev.mailclip.cli.Cli.Run;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.AtomicFiles;
import dev.mailclip.sink.SinkException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract, run in this JVM: exit codes, one-line errors, standard input, help. */
class CommandLineTest {
    static final Path FIX = Path.of("fixtures/mailbox");

    @TempDir
    Path tmp;

    @BeforeAll
    static void warmUp() throws ClassNotFoundException {
        Cli.warmUp();
    }

    static Run run(byte[] stdin, String... args) {
        return Cli.run(stdin, args);
    }

    static Run run(String... args) {
        return Cli.run(args);
    }

    static void assertOneLine(Run r, String... contains) {
        assertEquals(1, r.errLines().size(), r.err());
        for (String c : contains) {
            assertTrue(r.err().contains(c), "'" + c + "' in " + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void extractOnAnMboxPrintsOneRecordPerMessage() throws Exception {
        Run r = run("extract", FIX.resolve("takeout.mbox").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.out().lines().count());
        for (String line : r.out().lines().toList()) {
            assertTrue(ArticleJson.mapper().readTree(line).isObject());
        }
    }

    @Test
    void noEmptyStringAnywhereInARecord() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> s = Stream.of(Path.of("fixtures/shapes"), Path.of("fixtures/seeds"), FIX.resolve("folder"))
                .flatMap(CommandLineTest::walk)) {
            s.filter(p -> p.toString().matches(".*\\.(eml|html|txt|md)$")).forEach(inputs::add);
        }
        inputs.add(FIX.resolve("takeout.mbox"));
        inputs.add(FIX.resolve("clips.mbox"));
        assertTrue(inputs.size() > 20, inputs.toString());
        for (Path p : inputs) {
            Run r = run("extract", "--compact", p.toString());
            assertEquals(0, r.code(), p + ": " + r.err());
            for (String line : r.out().lines().toList()) {
                assertNoEmptyString(ArticleJson.mapper().readTree(line), p.toString());
            }
        }
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir).filter(Files::isRegularFile).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertNoEmptyString(JsonNode node, String where) {
        if (node.isTextual()) {
            assertFalse(node.asText().isEmpty(), where + ": an empty string in a record");
        }
        Iterator<JsonNode> it = node.elements();
        while (it.hasNext()) {
            assertNoEmptyString(it.next(), where);
        }
    }

    @Test
    void oneUnreadableMessageIsABadInput() throws Exception {
        StringBuilder deep = new StringBuilder("Content-Type: text/plain\n\ninnermost\n");
        for (int level = 0; level < 30; level++) {
            deep.insert(0, "Content-Type: multipart/mixed; boundary=\"b" + level + "\"\n\n--b" + level + "\n")
                    .append("\n--b").append(level).append("--\n");
        }
        Path eml = tmp.resolve("deep.eml");
        Files.writeString(eml, "From: a@example.org\nSubject: deep\nMIME-Version: 1.0\n" + deep);
        Run r = run("extract", eml.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertOneLine(r, eml.toString(), "depth");
        assertEquals("", r.out());
    }

    @Test
    void errorsNameTheFileAndTheCause() {
        Path missing = tmp.resolve("missing.eml");
        assertEquals(ExitCodes.BAD_INPUT, run("extract", missing.toString()).code());
        assertOneLine(run("extract", missing.toString()), missing.toString(), "no such file or directory");
        assertOneLine(run("clean", missing.toString()), missing.toString(), "no such file or directory");
        // permissions cannot be taken from root, who runs the tests in containers: the wording is checked here
        assertEquals("/x: permission denied", OneLine.of(new AccessDeniedException("/x")));
        SinkException wrapped = new SinkException("jsonl:/x: cannot open (/x)", new AccessDeniedException("/x"));
        assertEquals("jsonl:/x: cannot open /x: permission denied", OneLine.of(wrapped));
        SinkException io = new SinkException("jsonl:/d: cannot open (/d (Is a directory))",
                new java.io.FileNotFoundException("/d (Is a directory)"));
        assertEquals("jsonl:/d: cannot open /d: is a directory", OneLine.of(io));
        assertEquals("box.gz: truncated (Unexpected end of ZLIB input stream)",
                "box.gz: " + OneLine.of(new java.io.EOFException("Unexpected end of ZLIB input stream")));
    }

    @Test
    void aSinkThatCannotBeOpenedSaysWhy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("adir"));
        Run r = run("import", "--quiet", "--sink", "jsonl:" + dir, FIX.resolve("takeout.mbox").toString());
        assertEquals(ExitCodes.SINK, r.code());
        assertOneLine(r, dir.toString());
        assertTrue(r.err().contains("cannot open " + dir + ": is a directory"), r.err());
    }

    @Test
    void aReportThatCannotBeWrittenHasItsOwnExitCode() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("report-is-a-dir"));
        Run r = run("import", "--quiet", "--sink", "jsonl:" + tmp.resolve("o.jsonl"), "--report", dir.toString(),
                FIX.resolve("takeout.mbox").toString());
        assertEquals(ExitCodes.REPORT, r.code(), r.err());
        assertTrue(r.err().contains("cannot write the report " + dir), r.err());
    }

    @Test
    void aBadOptionValueIsOneLine() {
        for (String[] args : new String[][]{
                {"import", "--max-message-size", "12QB", "x.mbox"},
                {"import", "--timeout", "soon", "x.mbox"},
                {"import", "--threads", "many", "x.mbox"},
                {"import", "--no-such-option", "x.mbox"},
                {"extract", "--max", "lots", "x.eml"},
                {"extract"},
        }) {
            Run r = run(args);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), String.join(" ", args));
            assertOneLine(r, "mailclip " + args[0]);
            assertFalse(r.err().contains("java.lang"), r.err());
        }
        assertOneLine(run("import", "--max-message-size", "12QB", "x.mbox"), "--max-message-size", "12QB");
        assertOneLine(run("import", "--threads", "0", "x.mbox"), "--threads");
    }

    @Test
    void extractAndImportReadStandardInput() throws Exception {
        byte[] mbox = Files.readAllBytes(FIX.resolve("takeout.mbox"));
        Run r = run(mbox, "extract", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(4, r.out().lines().count());
        assertTrue(r.out().contains("stdin#1"), r.out());

        Run one = run(Files.readAllBytes(FIX.resolve("folder/a.eml")), "extract", "-");
        assertEquals(0, one.code(), one.err());
        assertTrue(ArticleJson.mapper().readTree(one.out()).isObject());

        Run gz = run(Files.readAllBytes(FIX.resolve("takeout.mbox.gz")), "extract", "--compact", "-");
        assertEquals(0, gz.code(), gz.err());
        assertEquals(4, gz.out().lines().count());

        Path report = tmp.resolve("r.json");
        Run imp = run(mbox, "import", "--quiet", "--sink", "jsonl:" + tmp.resolve("o.jsonl"), "--report",
                report.toString(), "-");
        assertEquals(0, imp.code(), imp.err());
        assertEquals(4, ArticleJson.mapper().readTree(report.toFile()).get("messages").asInt());

        assertOneLine(run(new byte[0], "extract", "-"), "stdin");
        assertEquals(ExitCodes.BAD_INPUT, run(new byte[]{0, 1, 2, 3, (byte) 0xff}, "extract", "-").code());
    }

    @Test
    void versionIsPrinted() {
        for (String[] args : new String[][]{{"--version"}, {"-V"}, {"extract", "--version"}, {"import", "--version"},
                {"clean", "--version"}}) {
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertTrue(r.out().matches("mailclip \\S+\\R"), String.join(" ", args) + ": " + r.out());
        }
    }

    @Test
    void theFirstLineOfEachCommandsHelpIsWhole() {
        CommandLine cl = new CommandLine(new Main());
        for (var e : cl.getSubcommands().entrySet()) {
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            String first = description[0];
            assertTrue(first.endsWith("."), e.getKey() + ": " + first);
        }
        Run r = run("--help");
        int from = r.out().indexOf("Commands:");
        int to = r.out().indexOf("Exit codes:", from);
        String commands = r.out().substring(from, to < 0 ? r.out().length() : to);
        for (String line : commands.lines().skip(1).toList()) {
            assertTrue(line.matches("  \\S.*\\."), "a wrapped command line: " + line);
        }
        assertTrue(r.out().contains("Exit codes:"), r.out());
        for (String cmd : new String[]{"extract", "clean", "import"}) {
            Run h = run(cmd, "--help");
            assertEquals(0, h.code());
            assertTrue(h.out().contains("Exit codes:"), cmd + ": " + h.out());
        }
    }

    @Test
    void exitCodesAreDocumentedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String commands = readme.substring(readme.indexOf("## Commands"), readme.indexOf("\n## ", readme.indexOf("## Commands") + 5));
        for (int code = 0; code <= ExitCodes.CONNECTION_LOST; code++) {
            assertTrue(commands.contains("`" + code + "`"), "exit code " + code + " in README's Commands");
        }
        assertTrue(readme.contains("mvn -q -DskipTests package && bin/mailclip import fixtures/mailbox/clips.mbox"));
        // the one test command, and it is what runs the tests
        String tests = readme.substring(readme.indexOf("## Run the tests"));
        assertTrue(tests.contains("```\n.ci/run\n```"), "README's test command");
        assertTrue(Files.readString(Path.of(".ci/run")).contains("\nmvn -B -ntp verify"), ".ci/run runs every test");
    }

    @Test
    void cleanWritesItsFileAsEveryOtherOutput() throws Exception {
        Path eml = FIX.resolve("folder/a.eml");
        Path out = tmp.resolve("article.md");
        Run r = run("clean", eml.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        Path other = tmp.resolve("other.md");
        AtomicFiles.write(other, new byte[]{'x'});
        assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(out));
        assertTrue(Files.readString(out).startsWith("---"));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains("tmp")).toList());
        }
    }

    @Test
    void cleanOnAMailboxOfSeveralMessagesRefuses() throws Exception {
        Path out = tmp.resolve("a.md");
        Run r = run("clean", FIX.resolve("takeout.mbox").toString(), "-o", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertOneLine(r, "takeout.mbox", "more than one message", "import --sink markdown:");
        assertFalse(Files.exists(out));
    }
}
