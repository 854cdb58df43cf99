package dev.mailclip.imap;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The session's settings: TLS checked, STARTTLS required, bodies peeked; trust only where a user asks for it. */
class ImapConnectorTest {

    @Test
    void imapsChecksTheCertificateAndPeeks() {
        Properties p = new ImapConnector(s -> "pw", new Properties())
                .properties(ImapUrl.parse("imaps://jane@imap.example.org/INBOX"));
        assertEquals("true", p.getProperty("mail.gimaps.ssl.enable"));
        assertEquals("true", p.getProperty("mail.gimaps.ssl.checkserveridentity"));
        assertEquals("true", p.getProperty("mail.gimaps.peek"));
        assertNull(p.getProperty("mail.gimaps.ssl.trust"), "the defaults trust only what the JVM trusts");
        assertFalse(p.stringPropertyNames().stream().anyMatch(k -> k.contains("socketFactory")));
    }

    @Test
    void imapRequiresStartTls() {
        Properties p = new ImapConnector(s -> "pw", new Properties())
                .properties(ImapUrl.parse("imap://jane@imap.example.org/INBOX"));
        assertEquals("true", p.getProperty("mail.gimap.starttls.enable"));
        assertEquals("true", p.getProperty("mail.gimap.starttls.required"));
        assertEquals("true", p.getProperty("mail.gimap.peek"));
    }

    @Test
    void aUsersJvmPropertiesApplyToTheirProtocolOnly() {
        Properties jvm = new Properties();
        jvm.setProperty("mail.imaps.ssl.trust", "imap.example.org");
        jvm.setProperty("mail.smtp.host", "elsewhere");
        Properties p = new ImapConnector(s -> "pw", jvm).properties(ImapUrl.parse("imaps://jane@imap.example.org/"));
        assertEquals("imap.example.org", p.getProperty("mail.gimaps.ssl.trust"));
        assertNull(p.getProperty("mail.gimaps.host"));
        assertNull(new ImapConnector(s -> "pw", jvm).properties(ImapUrl.parse("imap://jane@h/"))
                .getProperty("mail.gimap.ssl.trust"), "imaps settings do not leak into imap");
    }
}
