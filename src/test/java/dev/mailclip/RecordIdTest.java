package dev.mailclip;

import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Mailclip#recordId}: the record's id told from the header block alone, for an import to pass over. */
class RecordIdTest {
    private final Mailclip mailclip = new Mailclip();

    /** Every fixture the extract makes a record of: the id from the header block is the record's. */
    @Test
    void isTheIdOfTheRecordForEveryFixture() throws Exception {
        int compared = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("fixtures"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try (MessageSource source = Sources.open(file, skipped -> { })) {
                for (RawMessage raw; (raw = source.next()) != null; ) {
                    Article record;
                    try {
                        record = mailclip.extract(raw);
                    } catch (UnreadableMessageException e) {
                        continue; // quarantined: nothing to compare
                    }
                    assertEquals(record.id(), mailclip.recordId(raw), raw.origin().source());
                    compared++;
                }
            } catch (IOException e) {
                // a hostile mailbox that cannot be read to its end: its messages before that were compared
            }
        }
        assertTrue(compared > 200, "records compared: " + compared);
    }

    @Test
    void isReadAsTheEnvelopeReadsTheMessageId() throws Exception {
        // folded onto the next line, padded: the envelope's value, trimmed
        assertEquals("msgid:<x@y>", recordId("Subject: a\r\nMessage-ID:\r\n  <x@y>  \r\n\r\nbody"));
        // no angle brackets: added, as for the record
        assertEquals("msgid:<bare@y>", recordId("From: a@b\r\nmessage-id: bare@y\r\n\r\nbody"));
        // none: the digest of the bytes, as for the record
        String none = "From: a@b\r\nSubject: s\r\n\r\nbody";
        assertEquals(mailclip.extract(message(none)).id(), recordId(none));
        assertTrue(recordId(none).startsWith("sha256:"));
    }

    /** Where only the extract can tell (it quarantines these), there is no id to pass a message over by. */
    @Test
    void isNullWhereOnlyTheExtractCanTell() {
        assertNull(recordId(""));
        assertNull(recordId("just some words\nwithout a header\n\nbody"));
        Mailclip small = new Mailclip(Limits.DEFAULTS.toBuilder().maxMessageBytes(40).build());
        assertNull(small.recordId(message("Message-ID: <x@y>\r\nSubject: longer than forty bytes\r\n\r\nbody")));
        Mailclip shortHeaders = new Mailclip(Limits.DEFAULTS.toBuilder().maxHeaderBytes(20).build());
        assertNull(shortHeaders.recordId(message("Message-ID: <x@y>\r\nSubject: a header block over twenty bytes\r\n\r\nb")));
    }

    private String recordId(String message) {
        return mailclip.recordId(message(message));
    }

    private static RawMessage message(String text) {
        return new RawMessage(text.getBytes(StandardCharsets.UTF_8), Origin.file("m.eml", Origin.Format.MESSAGE));
    }
}
