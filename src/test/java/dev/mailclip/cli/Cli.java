package dev.mailclip.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command line in this JVM, as a user would in a shell, for tests. */
public final class Cli {
    private Cli() {
    }

    /** What a run printed and returned. */
    public record Run(int code, String out, String err) {
        public List<String> errLines() {
            return err.strip().lines().toList();
        }
    }

    /** Notices printed once per JVM (an instrumenting agent, SLF4J's providers) go out before any capture. */
    public static void warmUp() throws ClassNotFoundException {
        Class.forName(Main.class.getName());
        org.slf4j.LoggerFactory.getLogger(Main.class);
    }

    /** Runs with {@code stdin} (none when null) on standard input; captures standard output and error. */
    public static Run run(byte[] stdin, String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        InputStream oldIn = System.in;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin == null ? new byte[0] : stdin));
        try {
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
            System.setIn(oldIn);
        }
    }

    public static Run run(String... args) {
        return run(null, args);
    }
}
