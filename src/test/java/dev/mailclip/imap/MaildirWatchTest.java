package dev.mailclip.imap;

import dev.mailclip.cli.Cli;
import dev.mailclip.cli.ExitCodes;
import dev.mailclip.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import --watch MAILDIR}: a message delivered (tmp/, then renamed into new/) while it runs is imported. */
class MaildirWatchTest {
    @TempDir
    Path tmp;

    @Test
    void aDeliveryIntoNewIsImported() throws Exception {
        Path maildir = tmp.resolve("Maildir");
        for (String d : new String[]{"cur", "new", "tmp", ".Clips/cur", ".Clips/new", ".Clips/tmp"}) {
            Files.createDirectories(maildir.resolve(d));
        }
        Files.copy(ImapImportTest.seed(0), maildir.resolve("cur/1.host:2,S"));
        Path db = tmp.resolve("a.db");
        Cli.Run[] result = new Cli.Run[1];
        Thread watching = new Thread(() -> result[0] = Cli.run("import", "--quiet", "--sink", "sqlite:" + db, "--watch",
                maildir.toString()), "maildir-watch-test");
        watching.start();
        try {
            ImapImportTest.waitFor(() -> count(db) == 1, "the first import");
            Path delivering = maildir.resolve(".Clips/tmp/2.host");
            Files.copy(ImapImportTest.seed(1), delivering);
            Files.move(delivering, maildir.resolve(".Clips/new/2.host"), StandardCopyOption.ATOMIC_MOVE);
            ImapImportTest.waitFor(() -> count(db) == 2, "the delivered message");
            Thread.sleep(300);
        } finally {
            watching.interrupt();
            watching.join(20_000);
        }
        assertFalse(watching.isAlive());
        assertEquals(0, result[0].code(), result[0].err());
        assertTrue(result[0].err().contains("2 messages: 2 articles"), result[0].err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT folder FROM mail WHERE message_id = '<CAseed001.clip@mail.gmail.com>'")) {
            assertTrue(rs.next());
            assertEquals("Clips", rs.getString(1));
        }
    }

    @Test
    void watchTakesOneInputThatCanBeWatched() throws Exception {
        Cli.Run two = Cli.run("import", "--watch", ImapImportTest.seed(0).toString(), ImapImportTest.seed(1).toString());
        assertEquals(ExitCodes.BAD_INPUT, two.code());
        assertEquals(1, two.errLines().size(), two.err());
        Cli.Run file = Cli.run("import", "--sink", "sqlite:" + tmp.resolve("b.db"), "--watch",
                ImapImportTest.seed(0).toString());
        assertEquals(ExitCodes.BAD_INPUT, file.code());
        assertTrue(file.err().contains("not a file"), file.err());
    }

    private static long count(Path db) {
        if (!Files.exists(db)) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
