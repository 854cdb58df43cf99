package dev.mailclip.imap;

import dev.mailclip.sink.Sink;
import dev.mailclip.sink.Sinks;
import dev.mailclip.sink.SyncStore;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the IMAP marks are kept: the SQLite archive (schema 3, migrated in place), or a side file. */
class SyncStoreTest {
    private static final String FOLDER = "imaps://jane@imap.example.org/Archiv/Gelesen Artikel ä";

    @TempDir
    Path tmp;

    /** An archive of schema 2 (today's before this change): made from the v1 fixture, then taken back to 2. */
    private Path archiveOfSchemaTwo() throws Exception {
        Path db = tmp.resolve("v2.db");
        Files.copy(Path.of("fixtures/sqlite/archive-v1.db"), db);
        Sinks.open("sqlite:" + db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP TABLE imap_sync");
            st.execute("DROP INDEX sightings_givers"); // schema 6's, on the column
            st.execute("ALTER TABLE sightings DROP COLUMN gave");
            st.execute("PRAGMA user_version = 2");
        }
        return db;
    }

    @Test
    void anArchiveOfSchemaTwoGainsTheTableInPlace() throws Exception {
        Path db = archiveOfSchemaTwo();
        List<String> before = rows(db, "SELECT seq || ' ' || id FROM articles ORDER BY seq");
        assertEquals(5, before.size());
        try (Sink s = Sinks.open("sqlite:" + db)) {
            SyncStore store = assertInstanceOf(SyncStore.class, s);
            assertNull(store.mark(FOLDER));
            store.mark(FOLDER, new SyncStore.Mark(1700000000L, 42));
        }
        assertEquals(List.of("6"), rows(db, "PRAGMA user_version"),
                "schema 3 added imap_sync; 4 a trigger; 5 a column; 6 an index");
        assertEquals(before, rows(db, "SELECT seq || ' ' || id FROM articles ORDER BY seq"), "the same rows");
        assertEquals(List.of(FOLDER + " 1700000000 42"),
                rows(db, "SELECT folder || ' ' || uid_validity || ' ' || last_uid FROM imap_sync"));
        try (Sink s = Sinks.open("sqlite:" + db)) {
            SyncStore store = (SyncStore) s;
            assertEquals(new SyncStore.Mark(1700000000L, 42), store.mark(FOLDER));
            store.mark(FOLDER, new SyncStore.Mark(1700000000L, 40)); // a slower import of the same folder
            assertEquals(new SyncStore.Mark(1700000000L, 42), store.mark(FOLDER), "never back");
            store.mark(FOLDER, new SyncStore.Mark(1800000000L, 3)); // renumbered
            assertEquals(new SyncStore.Mark(1800000000L, 3), store.mark(FOLDER));
        }
    }

    @Test
    void aMarkIsCommittedWithTheRecordsBeforeIt() throws Exception {
        Path db = tmp.resolve("a.db");
        try (Sink s = Sinks.open("sqlite:" + db)) {
            s.accept(dev.mailclip.sink.TestArticles.article(1, "t", "text"));
            ((SyncStore) s).mark(FOLDER, new SyncStore.Mark(7, 1));
            // another reader sees both while the sink is still open: one commit
            assertEquals(List.of("1"), rows(db, "SELECT count(*) FROM articles"));
            assertEquals(List.of("1"), rows(db, "SELECT last_uid FROM imap_sync"));
        }
    }

    @Test
    void jsonlAndMarkdownSinksKeepTheMarksBesideThem() throws Exception {
        Path jsonl = tmp.resolve("out.jsonl");
        try (Sink s = Sinks.open("jsonl:" + jsonl)) {
            SyncStore store = SyncStores.forSink(s, "jsonl:" + jsonl, line -> { });
            assertNull(store.mark(FOLDER));
            store.mark(FOLDER, new SyncStore.Mark(9, 3));
            store.mark("imaps://jane@h/INBOX", new SyncStore.Mark(1, 1));
            assertEquals(new SyncStore.Mark(9, 3), SyncStores.forSink(s, "jsonl:" + jsonl, line -> { }).mark(FOLDER));
        }
        assertTrue(Files.readString(tmp.resolve("out.jsonl.imap-sync.json")).contains("Gelesen Artikel ä"));

        Path md = tmp.resolve("md");
        try (Sink s = Sinks.open("markdown:" + md)) {
            SyncStores.forSink(s, "markdown:" + md, line -> { }).mark(FOLDER, new SyncStore.Mark(9, 4));
        }
        assertTrue(Files.exists(md.resolve(".imap-sync.json")));
    }

    @Test
    void aSinkThatKeepsNoneSaysSo() throws Exception {
        List<String> said = new ArrayList<>();
        try (Sink s = Sinks.open("jsonl:-")) {
            SyncStore store = SyncStores.forSink(s, "jsonl:-", said::add);
            store.mark(FOLDER, new SyncStore.Mark(1, 2));
            assertEquals(new SyncStore.Mark(1, 2), store.mark(FOLDER), "for this run");
        }
        assertEquals(1, said.size());
        assertTrue(said.get(0).contains("keeps no IMAP marks"), said.toString());
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
