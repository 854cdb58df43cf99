package dev.mailclip.serve;

import dev.mailclip.cli.Cli;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.QuarantineEntry;
import dev.mailclip.sink.Sinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quarantine as the archives the server reads give it back: SQLite's table and JSONL's folder. */
class ArchiveQuarantineTest {

    @Test
    void sqliteAndJsonlListTheQuarantineAndGiveItsBytes(@TempDir Path dir) throws Exception {
        for (String sink : List.of("sqlite:" + dir.resolve("a.db"), "jsonl:" + dir.resolve("a.jsonl"))) {
            Cli.Run run = Cli.run("import", "fixtures/mailbox/hostile/dup-deep.mbox", "--sink", sink, "-q");
            assertEquals(0, run.code(), run.err());
            try (Archive archive = Sinks.openArchive(sink)) {
                List<QuarantineEntry> items = archive.quarantined();
                assertEquals(1, items.size(), sink);
                QuarantineEntry q = items.get(0);
                assertTrue(q.reason().contains("nesting depth"), q.reason());
                byte[] raw = archive.quarantinedBytes(q.id());
                assertEquals(q.size(), raw.length, sink);
                assertTrue(new String(raw, StandardCharsets.UTF_8).contains("dup-deep-3@hostile.test"), sink);
                assertNull(archive.quarantinedBytes("../../etc/passwd"), sink);
                assertNull(archive.quarantinedBytes(dir.resolve("a.db").toString()), sink);
            }
        }
    }
}
