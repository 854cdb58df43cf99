package dev.mailclip.imap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordSourceTest {
    private static final ImapUrl SERVER = ImapUrl.parse("imaps://jane@imap.example.org/INBOX");

    @TempDir
    Path tmp;

    @Test
    void fromTheEnvironment() throws IOException {
        assertEquals("s3cret", PasswordSource.env("MAIL_PW", Map.of("MAIL_PW", "s3cret")).password(SERVER));
        IOException e = assertThrows(IOException.class, () -> PasswordSource.env("MAIL_PW", Map.of()).password(SERVER));
        assertEquals("--password-env MAIL_PW: the variable is not set", e.getMessage());
    }

    @Test
    void theFirstLineOfAFile() throws IOException {
        Path f = tmp.resolve("pw");
        Files.writeString(f, "pass word ä\r\nsecond line\n");
        assertEquals("pass word ä", PasswordSource.file(f).password(SERVER));
        Files.writeString(f, "\n");
        assertThrows(IOException.class, () -> PasswordSource.file(f).password(SERVER));
        IOException missing = assertThrows(IOException.class,
                () -> PasswordSource.file(tmp.resolve("none")).password(SERVER));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
    }

    @Test
    void noTerminalNoPrompt() {
        IOException e = assertThrows(IOException.class, () -> PasswordSource.prompt(null).password(SERVER));
        assertTrue(e.getMessage().startsWith("imaps://jane@imap.example.org: no password"), e.getMessage());
    }

    @Test
    void askedOnceForReconnects() throws IOException {
        int[] asked = new int[1];
        PasswordSource once = PasswordSource.once(s -> "p" + (++asked[0]));
        assertEquals("p1", once.password(SERVER));
        assertEquals("p1", once.password(SERVER));
        assertEquals(1, asked[0]);
    }
}
