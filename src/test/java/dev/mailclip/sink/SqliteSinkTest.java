package dev.mailclip.sink;

import dev.mailclip.article.Kind;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.sink.sqlite.ArchiveSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteSinkTest extends SinkContract {
    @Override
    protected String uri(Path dir) {
        return "sqlite:" + dir.resolve("archive.db");
    }

    @Override
    protected Seen read(Path dir, String key) throws Exception {
        Seen seen;
        try (ArchiveSearch archive = new ArchiveSearch(dir.resolve("archive.db").toString())) {
            dev.mailclip.article.Article a = archive.find(key);
            assertNotNull(a, key);
            seen = seen(a);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("archive.db"));
             java.sql.PreparedStatement rows = c.prepareStatement("SELECT count(*) FROM sightings WHERE article_key = ?")) {
            rows.setString(1, key);
            try (ResultSet n = rows.executeQuery()) {
                n.next();
                assertEquals(seen.sightingIds().size(), n.getInt(1), "a row per sighting");
            }
        }
        return seen;
    }

    @Override
    protected long quarantined(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("archive.db"));
             Statement st = c.createStatement()) {
            return count(st, "SELECT count(*) FROM quarantine");
        }
    }

    @TempDir
    Path tmp;

    @Test
    void storesOnceAndFindsDuplicatesByIdOrKey() throws Exception {
        String uri = "sqlite:" + tmp.resolve("a.db");
        try (Sink s = Sinks.open(uri)) {
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(1, "Ceasefire talks resume", "Negotiators met to talk about a ceasefire.")));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.article(2, "Weather", "Rain all week.")));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.mail(3)));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.withImage(4)));
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.article(1, "again", "x")));
            // same article forwarded in another message: same key, other id: a sighting
            assertEquals(Sink.Outcome.SIGHTING, s.accept(TestArticles.article(2, "Weather", "x").toBuilder().id("msgid:<other@t>").build()));
            s.quarantine(new Quarantined("msgid:<q@t>", new byte[]{1, 2, (byte) 0x9d}, Origin.file("q.eml", null), "broken"));
            s.quarantine(new Quarantined("msgid:<q@t>", new byte[]{1, 2, (byte) 0x9d}, Origin.file("q.eml", null), "broken"));
        }
        try (Sink s = Sinks.open(uri)) {
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.article(1, "Ceasefire talks resume", "x")));
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.mail(3)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("a.db"));
             Statement st = c.createStatement()) {
            assertEquals(4, count(st, "SELECT count(*) FROM articles"));
            assertEquals(5, count(st, "SELECT count(*) FROM mail"), "one envelope per message, sightings too");
            assertEquals(8, count(st, "SELECT count(*) FROM labels"));
            assertEquals(4, count(st, "SELECT count(*) FROM sightings"));
            assertEquals(1, count(st, "SELECT count(*) FROM quarantine"));
            try (ResultSet rs = st.executeQuery("SELECT bytes, content_id FROM attachments")) {
                assertTrue(rs.next());
                assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}, rs.getBytes(1));
            }
            try (ResultSet rs = st.executeQuery("SELECT bytes, reason, source FROM quarantine")) {
                assertTrue(rs.next());
                assertArrayEquals(new byte[]{1, 2, (byte) 0x9d}, rs.getBytes(1));
                assertEquals("broken", rs.getString(2));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
        }
        try (ArchiveSearch search = new ArchiveSearch(tmp.resolve("a.db").toString())) {
            List<dev.mailclip.sink.SearchHit> hits = search.search("ceasefire talks", 10);
            assertEquals(1, hits.size());
            assertEquals("Ceasefire talks resume", hits.get(0).title());
            assertEquals("https://news.example.com/1", hits.get(0).url());
            assertTrue(hits.get(0).snippet().contains("[ceasefire]"), hits.get(0).snippet());
            assertEquals(0, search.search("lunch", 10).size(), "mail records are not articles");
            assertEquals(1, search.search("ceasefire: (talks* \"", 10).size(), "user text is never FTS syntax");
        }
    }

    @Test
    void ofTwoEqualCopiesTheOneWithItsPicturesIsKeptAndTheTableAgreesWithTheRecord() throws Exception {
        dev.mailclip.article.Article withImage = TestArticles.withImage(5).toBuilder().id("msgid:<z-pictures@t>").build();
        dev.mailclip.article.Article bare = withImage.toBuilder().id("msgid:<a-bare@t>").attachments(List.of()).build();
        for (List<dev.mailclip.article.Article> order : List.of(List.of(withImage, bare), List.of(bare, withImage))) {
            Path db = tmp.resolve("pictures" + order.get(0).id().length() + ".db");
            try (Sink s = Sinks.open("sqlite:" + db)) {
                order.forEach(a -> {
                    try {
                        s.accept(a);
                    } catch (SinkException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT a.id, json_array_length(json_extract(a.json, '$.attachments')),"
                         + " (SELECT count(*) FROM attachments t WHERE t.id = a.id) FROM articles a")) {
                assertTrue(rs.next());
                assertEquals("msgid:<z-pictures@t>", rs.getString(1), "the copy that brings its picture, in either order");
                assertEquals(1, rs.getInt(2));
                assertEquals(1, rs.getInt(3), "the table holds the images the record lists");
            }
        }
    }

    @Test
    void batchesManyRecordsAndClosesCleanly() throws Exception {
        Path db = tmp.resolve("b.db");
        try (Sink s = Sinks.open("sqlite:" + db)) {
            for (int i = 0; i < 1200; i++) {
                s.accept(TestArticles.article(i + 10, "t" + i, "text " + i));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(1200, count(st, "SELECT count(*) FROM articles"));
        }
    }

    /**
     * fixtures/sqlite/archive-v1.db was made by mailclip before sightings (schema 1: `mailclip import
     * fixtures/mailbox/clips.mbox`, which kept 5 articles and dropped 6 messages as duplicates).
     */
    @Test
    void anArchiveOfSchemaOneIsMigratedInPlace() throws Exception {
        Path db = tmp.resolve("v1.db");
        java.nio.file.Files.copy(Path.of("fixtures/sqlite/archive-v1.db"), db);
        List<String> before;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(1, count(st, "PRAGMA user_version"));
            before = strings(st, "SELECT seq || ' ' || id || ' ' || article_key FROM articles ORDER BY seq");
            assertEquals(5, before.size());
        }
        try (Sink s = Sinks.open("sqlite:" + db)) {
            // opening migrates
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(6, count(st, "PRAGMA user_version"));
            assertEquals(List.of("articles_fts_changed", "articles_fts_insert"), strings(st, "SELECT name FROM sqlite_master"
                    + " WHERE type = 'trigger' AND tbl_name = 'articles' ORDER BY name"), "schema 4's update trigger only");
            assertEquals(before, strings(st, "SELECT seq || ' ' || id || ' ' || article_key FROM articles ORDER BY seq"),
                    "the same rows, not rebuilt");
            assertEquals(5, count(st, "SELECT count(*) FROM sightings"));
            for (String json : strings(st, "SELECT json FROM articles")) {
                assertTrue(dev.mailclip.article.ArticleJson.read(json).sightings().isEmpty(), "schema 5: in their rows " + json);
            }
            assertEquals(0, count(st, "SELECT count(*) FROM sightings WHERE gave = '[]'"), "each first sighting gave its fields");
        }
        try (ArchiveSearch archive = new ArchiveSearch(db.toString())) {
            for (dev.mailclip.article.Article a : archive.list(RecordFilter.ALL)) {
                assertEquals(1, a.sightings().size(), a.id());
            }
        }
        try (ArchiveSearch search = new ArchiveSearch(db.toString())) {
            assertTrue(search.search("Hamdan", 10).size() > 0, "the index still answers");
        }
        // the six messages the old version dropped now become sightings
        dev.mailclip.importer.ImportCounts c;
        try (Sink s = Sinks.open("sqlite:" + db);
             dev.mailclip.mailbox.MessageSource in = dev.mailclip.mailbox.Sources.open(Path.of("fixtures/mailbox/clips.mbox"))) {
            c = new dev.mailclip.importer.Importer(new dev.mailclip.Mailclip()::extract, s, 2)
                    .run(in, dev.mailclip.importer.ImportListener.NONE).counts();
        }
        assertEquals(5, c.duplicates(), c.describe());
        assertEquals(6, c.sightings(), c.describe());
        assertTrue(c.reconciles(), c.describe());
        try (ArchiveSearch search = new ArchiveSearch(db.toString())) {
            assertTrue(search.search("Hamdan", 10).size() > 0, "the index follows updated rows");
        }
    }

    /**
     * An archive of schema 4 kept each article's sightings in its JSON too, and no {@code gave} column: made
     * here from one of schema 5 by putting them back, it migrates to the same records, rows and counts.
     */
    @Test
    void anArchiveOfSchemaFourIsMigratedToTheSameRecords() throws Exception {
        Path db = tmp.resolve("v4.db");
        assertEquals(11, importClips(db).sightings() + 5);
        List<String> records = lines(db);
        List<String> gave;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             java.sql.PreparedStatement put = c.prepareStatement("UPDATE articles SET json = ? WHERE id = ?")) {
            gave = strings(st, "SELECT id || ' ' || gave FROM sightings ORDER BY id");
            assertTrue(gave.stream().anyMatch(g -> g.endsWith(" []")) && gave.stream().anyMatch(g -> !g.endsWith(" []")), gave.toString());
            for (String line : records) {
                dev.mailclip.article.Article a = dev.mailclip.article.ArticleJson.read(line);
                put.setString(1, line);
                put.setString(2, a.id());
                put.executeUpdate();
            }
            st.execute("DROP INDEX sightings_givers"); // schema 6's, on the column
            st.execute("ALTER TABLE sightings DROP COLUMN gave");
            st.execute("PRAGMA user_version = 4");
        }
        Sinks.open("sqlite:" + db).close(); // opening migrates
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(6, count(st, "PRAGMA user_version"));
            assertEquals(gave, strings(st, "SELECT id || ' ' || gave FROM sightings ORDER BY id"));
            assertEquals(0, count(st, "SELECT count(*) FROM articles WHERE json LIKE '%\"sightings\"%'"));
        }
        assertEquals(records, lines(db));
        dev.mailclip.importer.ImportCounts again = importClips(db);
        assertEquals(11, again.duplicates(), again.describe());
        assertEquals(records, lines(db));
    }

    private static dev.mailclip.importer.ImportCounts importClips(Path db) throws Exception {
        try (Sink s = Sinks.open("sqlite:" + db);
             dev.mailclip.mailbox.MessageSource in = dev.mailclip.mailbox.Sources.open(Path.of("fixtures/mailbox/clips.mbox"))) {
            return new dev.mailclip.importer.Importer(new dev.mailclip.Mailclip()::extract, s, 2)
                    .run(in, dev.mailclip.importer.ImportListener.NONE).counts();
        }
    }

    /** Every record of the archive as JSON, sightings and all. */
    private static List<String> lines(Path db) throws Exception {
        try (ArchiveSearch archive = new ArchiveSearch(db.toString())) {
            return archive.summaries(RecordFilter.ALL).stream().map(dev.mailclip.article.ArticleJson::line).toList();
        }
    }

    /**
     * Schema 6 indexes the givers apart; an archive of schema 5 gains the index in place, and a rerun over the
     * same mailbox (every message a duplicate) and new sightings read the givers from it to the same records.
     */
    @Test
    void anArchiveOfSchemaFiveGainsTheGiversIndex() throws Exception {
        Path db = tmp.resolve("v5.db");
        importClips(db);
        List<String> records = lines(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP INDEX sightings_givers");
            st.execute("PRAGMA user_version = 5");
        }
        dev.mailclip.importer.ImportCounts again = importClips(db);
        assertEquals(11, again.duplicates(), again.describe());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(6, count(st, "PRAGMA user_version"));
            try (var plan = st.executeQuery("EXPLAIN QUERY PLAN SELECT json FROM sightings"
                    + " WHERE article_key = 'k' AND gave <> '[]' ORDER BY date, rowid")) {
                assertTrue(plan.next());
                assertEquals("SEARCH sightings USING INDEX sightings_givers (article_key=?)", plan.getString("detail"));
                assertFalse(plan.next(), "no sort of its own");
            }
        }
        assertEquals(records, lines(db));
    }

    @Test
    void anArchiveOfANewerSchemaIsRefusedNotRebuilt() throws Exception {
        Path db = tmp.resolve("v99.db");
        java.nio.file.Files.copy(Path.of("fixtures/sqlite/archive-v1.db"), db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        SinkException e = assertThrows(SinkException.class, () -> Sinks.open("sqlite:" + db).close());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(5, count(st, "SELECT count(*) FROM articles"));
            assertEquals(99, count(st, "PRAGMA user_version"));
        }
    }

    /** Importers opening one new archive at the same moment all open it (SQLite's deadlock guard is retried). */
    @Test
    void importersOpeningANewArchiveAtOnceAllOpenIt() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 25; round++) {
                Path db = tmp.resolve("race-" + round + ".db");
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Sink.Outcome>> opens = new java.util.ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    opens.add(pool.submit(() -> {
                        go.await();
                        try (Sink s = Sinks.open("sqlite:" + db)) {
                            return s.accept(TestArticles.article(writer, "t", "text").toBuilder()
                                    .id("msgid:<race-" + writer + "@t>").build());
                        }
                    }));
                }
                go.countDown();
                for (var open : opens) {
                    assertEquals(Sink.Outcome.STORED, open.get(120, java.util.concurrent.TimeUnit.SECONDS), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two imports into one archive at once both finish (the busy timeout is set before the journal mode). */
    @Test
    void twoWritersAtOnceBothFinish() throws Exception {
        Path db = tmp.resolve("two.db");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            runs.add(pool.submit(() -> {
                int sightings = 0;
                try (Sink s = Sinks.open("sqlite:" + db)) {
                    for (int i = 0; i < 1500; i++) {
                        // both write articles 0..999; each message id is its own
                        var a = TestArticles.article(i % 1000 + 10, "t" + i, "text " + i).toBuilder()
                                .id("msgid:<w" + writer + "-" + i + "@t>").build();
                        if (s.accept(a) == Sink.Outcome.SIGHTING) {
                            sightings++;
                        }
                    }
                }
                return sightings;
            }));
        }
        int sightings = 0;
        for (var r : runs) {
            sightings += r.get(120, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(1000, count(st, "SELECT count(*) FROM articles"));
            assertEquals(3000, count(st, "SELECT count(*) FROM sightings"));
            assertEquals(2000, sightings);
            // the full-text index agrees with the rows it indexes, after 2000 updates by sightings
            st.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
            assertEquals(1000, count(st, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'text'"));
        }
    }

    /**
     * The log is checkpointed on a thread of its own while the writer writes (the file grows before the sink
     * closes), the writer still restarts it (it stays near its limit however much is written, even when the
     * writer's checkpoint falls during the thread's), and closing the sink stops that thread and removes the log.
     */
    @Test
    void theLogIsCheckpointedAsItIsWrittenAndRemovedAtClose() throws Exception {
        Path db = tmp.resolve("log.db");
        Path log = tmp.resolve("log.db-wal");
        String page = "word ".repeat(2000); // 10 KB of text and as much HTML a record: 100 MB in all
        long largestLog = 0;
        long restarts = 0;
        try (Sink s = Sinks.open("sqlite:" + db)) {
            for (int i = 0; i < 5000; i++) {
                s.accept(TestArticles.article(i, "t" + i, page + i).toBuilder().kind(Kind.MAIL).articleKey(null).build());
                if (i % 10 == 0) {
                    largestLog = Math.max(largestLog, java.nio.file.Files.size(log));
                    restarts = Math.max(restarts, logRestarts(log));
                }
                if (i == 1000) {
                    // about 32 MB in the log (two transactions, each ended by SqliteSink.BATCH_CHARS for records
                    // this large), half the writer's own checkpoint's limit: only the thread copies it
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (java.nio.file.Files.size(db) < 16L << 20 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertTrue(java.nio.file.Files.size(db) >= 16L << 20, "copied into the file while the sink is open");
                    assertTrue(Thread.getAllStackTraces().keySet().stream()
                            .anyMatch(t -> t.getName().startsWith("mailclip-checkpoint")), "by a thread of its own");
                }
            }
        }
        // the writer's own checkpoint once the log reached 64 MB: the log grew by at most two batches of these
        // records (about 17 MB each) past it. On CI's disk, before the writer's commit waited for the thread's
        // checkpoint, it never restarted: 104 MB, the whole log of 5000 records.
        assertTrue(restarts >= 1, "restarted");
        assertTrue(largestLog < 100L << 20, "restarted near its 64 MB, not grown to the whole archive: " + largestLog);
        assertFalse(java.nio.file.Files.exists(log), "removed at close");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().startsWith("mailclip-checkpoint") && t.isAlive()), "stopped at close");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            assertEquals(5000, count(st, "SELECT count(*) FROM articles"));
            assertEquals("ok", strings(st, "PRAGMA integrity_check").get(0));
        }
    }

    /** The log's checkpoint sequence number (its header's fourth word): how many times it was restarted. */
    static long logRestarts(Path log) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(log)) {
            byte[] header = in.readNBytes(16);
            return header.length < 16 ? 0 : java.nio.ByteBuffer.wrap(header, 12, 4).getInt() & 0xffffffffL;
        }
    }

    static List<String> strings(Statement st, String sql) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void unwritablePlaceIsASinkException() {
        assertThrows(SinkException.class, () -> Sinks.open("sqlite:" + tmp.resolve("no/such/dir/x.db")));
        assertThrows(SinkException.class, () -> Sinks.open("nosuch:x"));
    }

    static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Search finds an article by the words of a note or a label that only one of its sightings carries. */
    @Test
    void searchFindsTheNotesAndLabelsOfSightings() throws Exception {
        Path db = tmp.resolve("notes.db");
        try (Sink s = Sinks.open("sqlite:" + db);
             dev.mailclip.mailbox.MessageSource in = dev.mailclip.mailbox.Sources.open(Path.of("fixtures/mailbox/clips.mbox"))) {
            new dev.mailclip.importer.Importer(new dev.mailclip.Mailclip()::extract, s, 2)
                    .run(in, dev.mailclip.importer.ImportListener.NONE);
        }
        try (ArchiveSearch search = new ArchiveSearch(db.toString())) {
            List<dev.mailclip.sink.SearchHit> byNote = search.search("\"worth keeping\"", 10);
            assertEquals(1, byNote.size(), byNote.toString());
            assertTrue(byNote.get(0).snippet().contains("[Worth keeping]"), byNote.get(0).snippet());
            assertTrue(search.search("Clips", 10).size() >= 1, "a label finds the articles saved under it");
            List<dev.mailclip.sink.SearchHit> byText = search.search("ceasefire", 10);
            assertEquals(byText.stream().map(dev.mailclip.sink.SearchHit::id).distinct().count(), byText.size(),
                    "each article once");
        }
    }
}
