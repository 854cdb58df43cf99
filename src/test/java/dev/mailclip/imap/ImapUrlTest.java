package dev.mailclip.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImapUrlTest {

    @Test
    void aFolderIsThePathPercentDecoded() {
        ImapUrl u = ImapUrl.parse("imaps://jane@imap.gmail.com/%5BGmail%5D/All%20Mail");
        assertEquals(new ImapUrl(true, "jane", "imap.gmail.com", -1, "[Gmail]/All Mail"), u);
        assertEquals("imaps://jane@imap.gmail.com/[Gmail]/All Mail", u.toString());
        assertEquals("Archiv/Gelesen Artikel ä",
                ImapUrl.parse("imaps://jane@h/Archiv/Gelesen%20Artikel%20%C3%A4").folder());
        // typed raw in a shell, quoted: still understood
        assertEquals("[Gmail]/All Mail", ImapUrl.parse("imaps://jane@imap.gmail.com/[Gmail]/All Mail").folder());
    }

    @Test
    void portSchemeAndDefaultFolder() {
        ImapUrl u = ImapUrl.parse("imap://jane.doe%40example.org@mail.example.org:1143");
        assertFalse(u.secure());
        assertEquals("jane.doe@example.org", u.user());
        assertEquals(1143, u.port());
        assertEquals("INBOX", u.folder());
        assertEquals("imap://jane.doe@example.org@mail.example.org:1143", u.server());
        assertEquals("gimap", u.protocol());
        assertEquals("gimaps", ImapUrl.parse("IMAPS://jane@h/INBOX").protocol());
        assertTrue(ImapUrl.isImap("IMAPS://x@y/z"));
        assertFalse(ImapUrl.isImap("mail/imaps.mbox"));
    }

    @Test
    void aPasswordInTheUrlIsRefusedAndNotRepeated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImapUrl.parse("imaps://jane:hunter2@imap.example.org/INBOX"));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().contains("--password-env"), e.getMessage());
    }

    @Test
    void aUserAndAServerAreNeeded() {
        assertThrows(IllegalArgumentException.class, () -> ImapUrl.parse("imaps://imap.example.org/INBOX"));
        assertThrows(IllegalArgumentException.class, () -> ImapUrl.parse("imaps:///INBOX"));
    }
}
