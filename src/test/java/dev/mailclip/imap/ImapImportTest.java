package dev.mailclip.imap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.cli.Cli;
import dev.mailclip.cli.ExitCodes;
import dev.mailclip.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code mailclip import imaps://…} against a real IMAP server over TLS in this JVM (GreenMail), the seed
 * clips as the mail: a first import, a second that adds nothing, new mail then only the new, a renumbered
 * folder (UIDVALIDITY), a connection dropped in the middle, folders with spaces and non-ASCII letters, a
 * wrong password, and --watch picking up mail delivered while it runs. Messages stay unseen.
 */
class ImapImportTest {
    private static final Path SEEDS = Path.of("fixtures/seeds");
    private ImapTestServer server;

    @TempDir
    Path tmp;
    private Path db;
    private Path password;

    @BeforeAll
    static void trust() throws Exception {
        Cli.warmUp();
        ImapTestServer.trustInJvm();
    }

    @AfterAll
    static void untrust() {
        ImapTestServer.untrust();
    }

    @BeforeEach
    void start() throws Exception {
        server = new ImapTestServer();
        db = tmp.resolve("a.db");
        password = tmp.resolve("pw");
        Files.writeString(password, ImapTestServer.PASSWORD + "\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static Path seed(int i) {
        return SEEDS.resolve("seed-00" + i + ".eml");
    }

    private Cli.Run imp(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--quiet", "--sink", "sqlite:" + db,
                "--password-file", password.toString(), url));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The lines mailclip printed (GreenMail's threads print to the same standard error when a socket drops). */
    private static java.util.stream.Stream<String> ours(Cli.Run r) {
        return r.errLines().stream().filter(l -> !l.startsWith("Exception in thread \"imap")
                && !l.startsWith("\tat com.icegreen") && !l.startsWith("Caused by: java.net.SocketException")
                && !l.startsWith("\t... "));
    }

    /** The summary line: the last that counts messages. */
    private static String summary(Cli.Run r) {
        return r.errLines().stream().filter(l -> l.contains(" messages:") || l.contains(" message:"))
                .reduce((a, b) -> b).orElse(r.err());
    }

    @Test
    void firstImportThenNothingThenOnlyTheNew() throws Exception {
        server.append("INBOX", seed(0), seed(1), seed(2));
        String url = server.url("INBOX");

        Cli.Run first = imp(url);
        assertEquals(0, first.code(), first.err());
        assertTrue(summary(first).contains("3 messages: 3 articles, 0 mail, 0 duplicates, 0 sightings, 0 quarantined"),
                first.err());
        assertEquals(0, server.seen("INBOX"), "read-only: no message became \\Seen");

        Cli.Run second = imp(url);
        assertEquals(0, second.code(), second.err());
        assertTrue(summary(second).contains("0 messages"), "nothing fetched again: " + second.err());

        server.append("INBOX", seed(3), seed(4));
        Cli.Run third = imp(url);
        assertEquals(0, third.code(), third.err());
        assertTrue(summary(third).contains("2 messages: 2 articles, 0 mail, 0 duplicates"), third.err());
        assertEquals(0, server.seen("INBOX"));

        // the records are the seed clips' records, with the folder and the server's place of each
        for (int i = 0; i < 5; i++) {
            JsonNode expected = ArticleJson.mapper().readTree(SEEDS.resolve("seed-00" + i + ".record.json").toFile());
            JsonNode got = record(expected.path("mail").path("messageId").asText());
            assertEquals(expected.path("title").asText(), got.path("title").asText());
            assertEquals(expected.path("url").asText(), got.path("url").asText());
            assertEquals(expected.path("published").asText(), got.path("published").asText());
            assertEquals("INBOX", got.path("mail").path("folder").asText());
            assertEquals(url + "#" + (i + 1), got.path("mail").path("source").asText());
            assertEquals("[]", got.path("mail").path("labels").toString(), "unseen and unflagged: no flags");
        }
        assertEquals(List.of(url.replace("%20", " ") + " 5"), marks());
    }

    /** A message over --max-message-size is read only to its head and quarantined with it; the run goes on. */
    @Test
    void aMessageOverTheSizeLimitIsQuarantinedAndAccounted() throws Exception {
        server.append("INBOX", seed(0), seed(2)); // about 10.5 KB and 5.4 KB
        Cli.Run r = imp(server.url("INBOX"), "--max-message-size", "8KB");
        assertEquals(0, r.code(), r.err());
        assertTrue(summary(r).contains("2 messages: 1 article, 0 mail, 0 duplicates, 0 sightings, 1 quarantined"),
                r.err());
        assertEquals(1, count("SELECT count(*) FROM quarantine WHERE reason LIKE '%message size limit%'"
                + " AND source = '" + server.url("INBOX") + "#1'"));
        assertEquals(List.of(server.url("INBOX") + " 2"), marks(), "a quarantined message is accounted for too");
    }

    @Test
    void aRenumberedFolderIsReadAgainAndAddsNothingTwice() throws Exception {
        server.create("Clips");
        server.append("Clips", seed(0), seed(1));
        String url = server.url("Clips");
        assertEquals(0, imp(url).code());
        long before = server.uidValidity("Clips");

        server.rename("Clips", "Clips before");
        Thread.sleep(1100); // GreenMail's UIDVALIDITY is made of the time
        server.create("Clips");
        server.append("Clips", seed(0), seed(1), seed(2));
        long after = server.uidValidity("Clips");
        assertTrue(after != before, "GreenMail renumbered the folder: " + before + " " + after);

        Cli.Run r = Cli.run("import", "--sink", "sqlite:" + db, "--password-file", password.toString(), url);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("UIDVALIDITY changed"), r.err());
        assertTrue(summary(r).contains("3 messages: 1 article, 0 mail, 2 duplicates"), r.err());
        assertEquals(List.of(url + " 3"), marks());
        assertEquals(after, markValidity());
    }

    @Test
    void aConnectionDroppedInTheMiddleResumesAndAccountsForEveryMessage() throws Exception {
        server.append("INBOX", seed(0), seed(1), seed(2), seed(3), seed(4));
        try (CuttingProxy proxy = new CuttingProxy(server.port(), 12_000, 2)) {
            String url = ImapTestServer.url(proxy.port(), "INBOX");
            Cli.Run r = Cli.run("import", "--sink", "sqlite:" + db, "--password-file", password.toString(),
                    "--imap-batch", "2", "--imap-backoff", "50ms", url);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("connection was lost"), r.err());
            assertTrue(proxy.connections.get() >= 3, "reconnected: " + proxy.connections.get());
            assertTrue(summary(r).contains("5 messages: 5 articles, 0 mail, 0 duplicates, 0 sightings, 0 quarantined"),
                    r.err());
            assertTrue(ours(r).noneMatch(l -> l.contains("Exception")), r.err());
        }
        assertEquals(5, count("SELECT count(*) FROM articles"));
        assertEquals(0, server.seen("INBOX"));
    }

    @Test
    void aConnectionThatStaysDownEndsWithItsOwnExitCodeAndKeepsWhatWasRead() throws Exception {
        server.append("INBOX", seed(0), seed(1), seed(2), seed(3), seed(4));
        try (CuttingProxy proxy = new CuttingProxy(server.port(), 20_000, 1).staysDownAfterLastCut()) {
            String url = ImapTestServer.url(proxy.port(), "INBOX");
            Cli.Run r = Cli.run("import", "--quiet", "--sink", "sqlite:" + db, "--password-file", password.toString(),
                    "--imap-batch", "1", "--imap-backoff", "10ms", url);
            assertEquals(ExitCodes.CONNECTION_LOST, r.code(), r.err());
            List<String> lines = ours(r).toList();
            String last = lines.get(lines.size() - 1);
            assertTrue(last.contains("connection was lost") && last.contains("did not come back"), r.err());
            assertEquals(count("SELECT count(*) FROM articles"), Math.max(0, markCount()), "what was read is stored and marked");
            assertTrue(ours(r).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), r.err());
        }
    }

    @Test
    void foldersWithSpacesAndNonAsciiLetters() throws Exception {
        String folder = "Archiv/Gelesen Artikel ä";
        server.create("Archiv");
        server.create(folder);
        server.create("Read later");
        server.append(folder, seed(0), seed(1));
        server.append("Read later", seed(2));
        String url = server.url(folder);
        assertTrue(url.endsWith("/Archiv/Gelesen%20Artikel%20%C3%A4"), url);
        Cli.Run r = imp(url);
        assertEquals(0, r.code(), r.err());
        assertTrue(summary(r).contains("2 messages: 2 articles"), r.err());
        Cli.Run spaces = imp(server.url("Read later"));
        assertEquals(0, spaces.code(), spaces.err());
        assertTrue(summary(spaces).contains("1 message: 1 article"), spaces.err());
        JsonNode got = record("<CAseed000.clip@mail.gmail.com>");
        assertEquals(folder, got.path("mail").path("folder").asText());
        assertEquals("Read later", record("<CAseed002.clip@mail.gmail.com>").path("mail").path("folder").asText());
        assertEquals(0, server.seen(folder));
        // GreenMail decodes the modified UTF-7 ("Gelesen Artikel &AOQ-") Angus sends: the name arrived whole
        List<String> names = server.greenMail.getManagers().getImapHostManager().getStore().listMailboxes("*").stream()
                .map(f -> f.getName()).toList();
        assertTrue(names.contains("Gelesen Artikel ä"), names.toString());
    }

    /** imap:// asks for STARTTLS and will not go on in the clear: GreenMail's plain IMAP offers none. */
    @Test
    void plainImapRequiresStartTls() throws Exception {
        com.icegreen.greenmail.util.GreenMail plain = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "imap").dynamicPort());
        plain.start();
        try {
            plain.setUser("jane@localhost", "jane", ImapTestServer.PASSWORD);
            Cli.Run r = imp("imap://jane@127.0.0.1:" + plain.getImap().getPort() + "/INBOX");
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertEquals(1, ours(r).count(), r.err());
            // GreenMail offers STARTTLS but answers in the clear: the import stops rather than go on unencrypted
            assertTrue(r.err().contains("TLS"), r.err());
        } finally {
            plain.stop();
        }
    }

    @Test
    void aWrongPasswordIsOneLineWithItsOwnExitCode() throws Exception {
        Files.writeString(password, "wrong\n");
        Cli.Run r = imp(server.url("INBOX"));
        assertEquals(ExitCodes.LOGIN, r.code(), r.err());
        assertEquals(1, ours(r).count(), r.err());
        assertTrue(r.err().startsWith("mailclip import: imaps://jane@127.0.0.1:" + server.port() + ": login failed"),
                r.err());
        assertFalse(Files.exists(db), "nothing was written");
    }

    @Test
    void anUnknownFolderOrHostIsOneLineExitTwo() {
        Cli.Run r = imp(server.url("No such folder"));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertEquals(1, ours(r).count(), r.err());
        assertTrue(r.err().contains("No such folder: no such folder"), r.err());

        Cli.Run host = imp("imaps://jane@no-such-host.invalid/INBOX");
        assertEquals(ExitCodes.BAD_INPUT, host.code(), host.err());
        assertEquals(List.of("mailclip import: imaps://jane@no-such-host.invalid: unknown host"), ours(host).toList());

        Cli.Run inUrl = Cli.run("import", "imaps://jane:hunter2@127.0.0.1/INBOX");
        assertEquals(ExitCodes.BAD_INPUT, inUrl.code(), inUrl.err());
        assertFalse(inUrl.err().contains("hunter2"), inUrl.err());
    }

    /** The poll interval is longer than the wait: the new message comes by IDLE (GreenMail offers it). */
    @Test
    void watchPicksUpMailDeliveredWhileItRuns() throws Exception {
        server.append("INBOX", seed(0));
        String url = server.url("INBOX");
        Cli.Run[] result = new Cli.Run[1];
        Thread watching = new Thread(() -> result[0] = Cli.run("import", "--sink", "sqlite:" + db,
                "--password-file", password.toString(), "--watch", "--poll-interval", "60s", url), "watch-test");
        watching.start();
        try {
            waitFor(() -> markCount() == 1, "the first import");
            server.append("INBOX", seed(1));
            waitFor(() -> markCount() == 2, "the message delivered while watching");
            Thread.sleep(300);
        } finally {
            watching.interrupt();
            watching.join(20_000);
        }
        assertFalse(watching.isAlive(), "the watch ended on interrupt");
        assertEquals(0, result[0].code(), result[0].err());
        assertTrue(summary(result[0]).contains("2 messages: 2 articles"), result[0].err());
        assertEquals(2, count("SELECT count(*) FROM articles"));
        assertEquals(0, server.seen("INBOX"));
    }

    interface Check {
        boolean ok() throws Exception;
    }

    static void waitFor(Check check, String what) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    private long markCount() {
        try {
            if (!Files.exists(db)) {
                return -1;
            }
            return count("SELECT coalesce(max(last_uid), -1) FROM imap_sync");
        } catch (Exception e) {
            return -1; // not made yet
        }
    }

    private JsonNode record(String messageId) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.json FROM articles a JOIN mail m ON m.id = a.id"
                     + " WHERE m.message_id = '" + messageId + "'")) {
            assertTrue(rs.next(), "no record of " + messageId);
            return ArticleJson.mapper().readTree(rs.getString(1));
        }
    }

    private List<String> marks() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT folder, last_uid FROM imap_sync ORDER BY folder")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getLong(2));
            }
        }
        return out;
    }

    private long markValidity() throws Exception {
        return count("SELECT uid_validity FROM imap_sync");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
