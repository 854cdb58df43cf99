package dev.mailclip.imap;

import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gmail's X-GM-LABELS and X-GM-THRID end in the record as Takeout's X-Gmail-Labels and X-GM-THRID do.
 * GreenMail does not speak X-GM-*, so the mapping is tested here on its own; it is untested against Gmail.
 */
class GmailLabelsTest {

    @Test
    void systemLabelsAreNamedAsTakeoutNamesThem() {
        List<String> labels = GmailLabels.takeout(new String[]{"\\Inbox", "\\Important", "Clips, saved",
                "Zum Lesen ä", "\\Starred"}, new Flags(Flags.Flag.SEEN));
        assertEquals(List.of("Inbox", "Important", "Clips, saved", "Zum Lesen ä", "Starred", "Opened"), labels);
        assertEquals(List.of("Unread"), GmailLabels.takeout(null, new Flags()));
        assertEquals(List.of("Spam", "Unread"), GmailLabels.takeout(new String[]{"\\Spam"}, new Flags()));
    }

    @Test
    void theThreadIdIsTakeoutsUnsignedDecimal() {
        assertEquals("1781234567890123456", GmailLabels.thread(1781234567890123456L));
        assertEquals("18446744073709551615", GmailLabels.thread(-1L));
        assertNull(GmailLabels.thread(0));
    }

    @Test
    void otherServersGiveTheirFlagsAsAMaildirDoes() {
        Flags f = new Flags(Flags.Flag.SEEN);
        f.add(Flags.Flag.FLAGGED);
        f.add(Flags.Flag.RECENT);
        f.add("$Clipped");
        assertEquals(List.of("\\Flagged", "\\Seen", "$Clipped"), GmailLabels.flags(f).stream().sorted(
                (a, b) -> a.startsWith("\\") == b.startsWith("\\") ? a.compareTo(b) : a.startsWith("\\") ? -1 : 1).toList());
        assertTrue(GmailLabels.flags(new Flags()).isEmpty());
    }

    /** The same message from Takeout and over Gmail's IMAP: the same labels and thread in the record. */
    @Test
    void theRecordOfAnImapMessageHasTakeoutsFields() throws Exception {
        Path takeout = Path.of("fixtures/mailbox/takeout.mbox");
        RawMessage fromTakeout;
        try (MessageSource s = Sources.open(takeout)) {
            fromTakeout = s.next();
        }
        Article expected = new Mailclip().extract(fromTakeout);
        assertTrue(!expected.mail().labels().isEmpty(), "the fixture has labels");

        // as the IMAP source builds it: X-GM-LABELS with backslashed system labels, X-GM-THRID as a number
        String[] gm = expected.mail().labels().stream().map(l -> l.equals("Inbox") ? "\\Inbox" : l).toArray(String[]::new);
        long thrid = expected.mail().threadId() == null ? 0 : Long.parseUnsignedLong(expected.mail().threadId());
        List<String> labels = GmailLabels.takeout(gm, null);
        Origin origin = new Origin("imaps://jane@imap.gmail.com/[Gmail]/All Mail", 7, "[Gmail]/All Mail", labels,
                GmailLabels.thread(thrid), Origin.Format.MESSAGE);
        Article got = new Mailclip().extract(new RawMessage(fromTakeout.bytes(), origin));
        assertEquals(expected.mail().labels(), got.mail().labels());
        assertEquals(expected.mail().threadId(), got.mail().threadId());
        assertEquals("[Gmail]/All Mail", got.mail().folder());
    }

    /** Angus's Gmail provider (an IMAP store that reads X-GM-*) is there under the names the connector uses. */
    @Test
    void theGmailProviderIsRegistered() throws Exception {
        Session s = Session.getInstance(new Properties());
        assertEquals("org.eclipse.angus.mail.gimap.GmailSSLStore", s.getStore("gimaps").getClass().getName());
        assertEquals("org.eclipse.angus.mail.gimap.GmailStore", s.getStore("gimap").getClass().getName());
        byte[] bytes = Files.readAllBytes(Path.of("fixtures/seeds/seed-000.eml"));
        assertTrue(bytes.length > 0);
    }
}
