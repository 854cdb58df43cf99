package dev.mailclip.bench;

import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.Sinks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink on its own: every record of a mailbox made first (not timed, held in memory: give the JVM room), then
 * written to the sink in input order on one thread, as the importer's writer does. Prints the bytes the
 * process wrote through system calls while writing ({@code /proc/self/io}, Linux), which a sink's page size,
 * journal and batching decide.
 */
final class SinkStage {
    private SinkStage() {
    }

    static void run(Path mbox, String sinkUri) throws Exception {
        List<Article> records = new ArrayList<>();
        Mailclip mailclip = new Mailclip();
        try (MboxSource source = MboxSource.open(mbox, false)) {
            for (RawMessage raw; (raw = source.next()) != null; ) {
                try {
                    records.add(mailclip.extract(raw));
                } catch (UnreadableMessageException | RuntimeException e) {
                    // a quarantined message: not the sink's work
                }
            }
        }
        long writtenBefore = writtenBytes();
        long start = System.nanoTime();
        try (Sink sink = Sinks.open(sinkUri)) {
            for (Article a : records) {
                sink.accept(a);
            }
        }
        String scheme = sinkUri.substring(0, sinkUri.indexOf(':'));
        Stats.report("sink-" + scheme, records.size(), Files.size(mbox), start);
        long written = writtenBytes();
        System.out.printf(java.util.Locale.ROOT, "WRITTEN %s MB through system calls%n",
                written < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f", (written - writtenBefore) / 1048576.0));
    }

    /** The bytes this process has written through system calls, or -1 where the kernel does not tell. */
    private static long writtenBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable
        }
        return -1;
    }
}
