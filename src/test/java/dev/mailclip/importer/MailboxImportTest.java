package dev.mailclip.importer;

import dev.mailclip.Limits;
import dev.mailclip.sink.SinkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's entry point, used as a host would: what {@code mailclip import} does, in a few lines. */
class MailboxImportTest {
    @TempDir
    Path tmp;

    @Test
    void importsMailboxesIntoASinkAndASecondRunAddsNothing() throws Exception {
        Path out = tmp.resolve("out.jsonl");
        MailboxImport mailboxImport = MailboxImport.builder()
                .inputs(List.of("fixtures/mailbox/clips.mbox", "fixtures/seeds"))
                .sink("jsonl:" + out)
                .limits(Limits.builder().maxMessageBytes(8L << 20).build())
                .threads(2)
                .build();
        ImportCounts first = mailboxImport.run(ImportListener.NONE).counts();
        assertTrue(first.reconciles(), first.describe());
        assertTrue(first.articles() >= 5, first.describe());
        long lines = Files.readAllLines(out).size();
        ImportCounts again = mailboxImport.run(ImportListener.NONE).counts();
        assertEquals(first.messages(), again.duplicates(), again.describe());
        assertEquals(lines, Files.readAllLines(out).size(), "nothing added");
    }

    @Test
    void anOpenedImportKnowsItsSizeBeforeItRuns() throws Exception {
        try (MailboxImport.Opened opened = MailboxImport.builder().inputs(List.of("fixtures/mailbox/clips.mbox"))
                .sink("jsonl:" + tmp.resolve("o.jsonl")).threads(1).build().open()) {
            assertEquals(Files.size(Path.of("fixtures/mailbox/clips.mbox")), opened.totalBytes());
            assertTrue(opened.importAll(ImportListener.NONE).counts().reconciles());
        }
    }

    @Test
    void whatCannotBeOpenedSaysWhich() {
        assertThrows(IllegalArgumentException.class, () -> MailboxImport.builder().build(), "no input");
        IOException missing = assertThrows(IOException.class, () -> MailboxImport.builder()
                .inputs(List.of(tmp.resolve("none.mbox").toString())).sink("jsonl:" + tmp.resolve("x.jsonl")).build()
                .open());
        assertTrue(missing.getMessage().contains("none.mbox"), missing.getMessage());
        assertThrows(SinkException.class, () -> MailboxImport.builder().inputs(List.of("fixtures/mailbox/clips.mbox"))
                .sink("nosuch:x").build().open());
    }
}
