package dev.mailclip.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic mbox of about the asked size. Deterministic: the same seed and size give the
 * same bytes.
 * <pre>
 *   MailboxGenerator OUT.mbox SIZE_MB [SEED] [REPO_DIR]
 * </pre>
 */
public final class MailboxGenerator {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    private MailboxGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: MailboxGenerator OUT.mbox SIZE_MB [SEED] [REPO_DIR]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = Long.parseLong(args[1]) << 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Path repo = Path.of(args.length > 3 ? args[3] : ".");
        List<byte[]> templates = Fixtures.templates(repo);
        List<Fixtures.Forward> forwards = Fixtures.forwards(repo);
        Messages messages = new Messages(Words.from(repo.resolve("fixtures/forward"), repo.resolve("fixtures/seeds")),
                templates, forwards, seed);
        long written = 0;
        long n = 0;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            while (written < target) {
                n++;
                byte[] envelope = ("From bench@mailclip.bench Mon Jan  1 00:00:00 2024\n").getBytes(StandardCharsets.US_ASCII);
                os.write(envelope);
                written += envelope.length + writeEscaped(messages.make(n), os);
            }
        }
        System.out.printf("%s: %d messages, %.1f MB (%d templates, %d forward fixtures)%n", out, n, written / 1048576.0,
                templates.size(), forwards.size());
    }

    /** mboxrd: body lines starting with ">*From " get one more '>'; LF endings; one blank line after. */
    private static long writeEscaped(byte[] msg, OutputStream os) throws IOException {
        long n = 0;
        int start = 0;
        while (start < msg.length) {
            int end = start;
            while (end < msg.length && msg[end] != '\n') {
                end++;
            }
            int i = start;
            while (i < end && msg[i] == '>') {
                i++;
            }
            if (startsWith(msg, i, end, FROM)) {
                os.write('>');
                n++;
            }
            int len = end - start;
            if (len > 0 && msg[end - 1] == '\r') {
                len--;
            }
            os.write(msg, start, len);
            os.write('\n');
            n += len + 1;
            start = end + 1;
        }
        os.write('\n');
        return n + 1;
    }

    private static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
