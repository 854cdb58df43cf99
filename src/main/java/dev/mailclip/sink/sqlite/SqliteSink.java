package dev.mailclip.sink.sqlite;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.MailInfo;
import dev.mailclip.article.Sighting;
import dev.mailclip.article.Sightings;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SyncStore;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The embedded archive: one SQLite file in WAL mode. Writes are batched: a transaction stays open
 * for {@link #BATCH} records or {@link #BATCH_CHARS} of their text, so a killed import loses at most the open
 * batch, which a rerun adds.
 * Each record's rows go in together, and the duplicate check sees rows of the open batch too.
 * Prepared statements only; one connection, guarded by this object's lock.
 * <p>
 * A new message carrying an article already stored is a sighting: a row of {@code sightings}, its envelope
 * and labels in {@code mail} and {@code labels}, and the article's row updated to the merged record
 * ({@link Sightings#merge}) when the new copy gives it anything; most copies of an article seen often give
 * nothing ({@link Sightings#addsOnlyASighting}, decided from the rows of the article's givers), and cost
 * their own rows only. Several importers may write one archive at once: the busy timeout is set
 * before anything else, every transaction takes the write lock when it begins ({@code BEGIN IMMEDIATE}, so
 * a reader never has to upgrade), and a transaction is committed after {@link #BATCH} records, {@link #BATCH_CHARS}
 * or {@link #BATCH_MILLIS}, whichever comes first, so another importer waits at most that long.
 * <p>
 * It keeps where each IMAP folder stopped ({@link SyncStore}) in {@code imap_sync}, committed with the
 * records before the mark, so a mark never names a message the archive lacks.
 */
public final class SqliteSink implements Sink, SyncStore {
    /**
     * Records per transaction. Message ids come in no order, so each transaction rewrites the pages of the id
     * indexes it touched: with 500 records, nearly every leaf of them in a large archive, 3.9 GB written through
     * the log for an archive of 0.7 GB. With 2,000, 3.0 GB and the writer 3-20 % faster (BENCHMARKS.md, step 59).
     */
    public static final int BATCH = 2000;
    /**
     * Characters of text and HTML (and bytes of quarantined mail) per transaction, whichever of the bounds comes
     * first: large records commit sooner, so the log and what a crash loses stay what 500 records of 20 KB were.
     */
    public static final long BATCH_CHARS = 8L << 20;
    /** Longest a transaction (and so the write lock) is held while records come in. */
    public static final long BATCH_MILLIS = 1000;
    private static final String PUT_SIGHTING = "INSERT OR REPLACE INTO sightings (id, article_key, date, sender,"
            + " recipients, subject, folder, thread_id, source, note, labels, forwarded, shape, chars, gave, json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** SQLite's page cache of the writer's connection (native memory, outside the Java heap). */
    static final int CACHE_KIB = 32 * 1024;
    /** The page size of a new archive. */
    static final int PAGE_BYTES = 16 * 1024;
    /**
     * Pages in the write-ahead log before the writer checkpoints it into the file (64 MB); the {@link Checkpointer}
     * has mostly done it by then, on its own thread.
     */
    static final int CHECKPOINT_PAGES = 4096;
    /** The log's file is cut back to this size when it restarts. */
    static final long LOG_LIMIT_BYTES = (long) CHECKPOINT_PAGES * PAGE_BYTES;
    /** This process's openers, one at a time ({@link #connect}). */
    private static final Object OPENING = new Object();
    /** How long to wait for another importer's write lock. */
    static final int BUSY_TIMEOUT_MS = 120_000;

    private final String name;
    private final Connection db;
    private final PreparedStatement seen;
    private final PreparedStatement byKey;
    private final PreparedStatement articleJson;
    private final PreparedStatement sightingsUpToTwo;
    private final PreparedStatement primarySighting;
    private final PreparedStatement givers;
    private final StoredRecords records;
    private final PreparedStatement updateArticle;
    private final PreparedStatement insertSighting;
    private final NearLinks near;
    private final PreparedStatement insertArticle;
    private final PreparedStatement insertMail;
    private final PreparedStatement insertLabel;
    private final PreparedStatement insertAttachment;
    private final PreparedStatement insertQuarantine;
    private final Checkpointer checkpointer;
    private final HeldMessages heldMessages;
    private final boolean heldWhenOpened;
    private int pending;
    private long pendingChars;
    private long batchStarted;
    private boolean closed;

    public SqliteSink(String path) throws SinkException {
        this.name = "sqlite:" + path;
        try {
            db = connect(path);
            records = new StoredRecords(db, Schema.VERSION); // migrated: of this version now
            seen = db.prepareStatement(HeldMessages.QUERY);
            byKey = db.prepareStatement("SELECT seq, id FROM articles WHERE article_key = ?");
            articleJson = db.prepareStatement("SELECT " + StoredRecords.COLUMNS + " FROM articles WHERE seq = ?");
            // whether the article has two sightings or more: the first two rows answer
            sightingsUpToTwo = db.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM sightings WHERE article_key = ?"
                    + " LIMIT 2)");
            primarySighting = db.prepareStatement("SELECT json FROM sightings WHERE id = ? AND article_key = ?");
            // from the index of givers (schema 6): an article seen often has few of them
            givers = db.prepareStatement("SELECT json FROM sightings WHERE article_key = ? AND gave <> '[]'"
                    + " ORDER BY date, rowid");
            updateArticle = db.prepareStatement("UPDATE articles SET kind = ?, title = ?, url = ?,"
                    + " published = ?, date = ?, site = ?, author = ?, text = ?, html = ?, note = ?, json = ?, id = ?"
                    + " WHERE seq = ?");
            insertSighting = db.prepareStatement(PUT_SIGHTING);
            near = new NearLinks(db);
            insertArticle = db.prepareStatement("INSERT INTO articles (id, article_key, kind, title, url, published,"
                    + " date, site, author, text, html, note, json, imported_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertMail = db.prepareStatement("INSERT OR REPLACE INTO mail (id, message_id, sender, recipients,"
                    + " subject, date, folder, thread_id, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insertLabel = db.prepareStatement("INSERT OR IGNORE INTO labels (id, label) VALUES (?, ?)");
            insertAttachment = db.prepareStatement("INSERT OR REPLACE INTO attachments (id, position, name,"
                    + " content_type, content_id, inline, size, bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            insertQuarantine = db.prepareStatement("INSERT OR IGNORE INTO quarantine (id, reason, source, bytes,"
                    + " quarantined_at) VALUES (?, ?, ?, ?, ?)");
            checkpointer = Checkpointer.start(path, LOG_LIMIT_BYTES);
            heldMessages = new HeldMessages(path);
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM articles)")) {
                heldWhenOpened = rs.next() && rs.getBoolean(1); // sightings are of articles: none without one
            }
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot open (" + OneLine.of(e) + ")", e);
        }
    }

    /**
     * The writer's connection, set up and migrated, one opener at a time. Importers opening one new archive at
     * the same moment raced inside SQLite, which then failed at once instead of waiting (a deadlock guard, a
     * rollback journal deleted by the other opener before the file became WAL, a schema read half made): the
     * set-up holds an exclusive lock on {@code PATH.lock} (other processes) and {@link #OPENING} (this one: a
     * process's file locks do not exclude its own threads). It lasts as long as the set-up; the empty lock
     * file stays, as SQLite's {@code -wal} and {@code -shm} files do.
     */
    private static Connection connect(String path) throws SQLException {
        synchronized (OPENING) {
            try (FileChannel lockFile = FileChannel.open(Path.of(path + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock held = lockFile.lock()) {
                return setUp(path);
            } catch (IOException e) {
                throw new SQLException("cannot lock " + path + ".lock (" + e.getMessage() + ")", e);
            }
        }
    }

    private static Connection setUp(String path) throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        // first of all: every later statement, the journal mode's too, may wait for another importer
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
        // the driver otherwise runs "SELECT last_insert_rowid()" as a new statement after every insert,
        // for getGeneratedKeys, which the sink never calls
        config.setGetGeneratedKeys(false);
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        try {
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MS);
                // records are large (text, HTML): bigger pages, fewer overflow pages; a new file only
                st.execute("PRAGMA page_size=" + PAGE_BYTES);
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL"); // durable at checkpoints; WAL keeps the file consistent
                // the unique indexes on message ids and article keys take random keys: kept in memory, not re-read
                st.execute("PRAGMA cache_size=-" + CACHE_KIB);
                // fewer, larger checkpoints (each one syncs the file); the log is cut back to that size after one
                st.execute("PRAGMA wal_autocheckpoint=" + CHECKPOINT_PAGES);
                st.execute("PRAGMA journal_size_limit=" + LOG_LIMIT_BYTES);
            }
            db.setAutoCommit(false);
            Schema.migrate(db, MIGRATION);
            db.commit();
            // Every insert into a table with a trigger or a unique key keeps a statement journal (the pages it
            // changes, to undo the one statement). SQLite keeps it in memory up to 64 KiB, four of our pages,
            // and writes the rest to a temporary file: 12 of the 15 GB written for an archive of 1 GB of mail.
            // Set after the migration, whose index builds may sort more than memory should hold.
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA temp_store=MEMORY");
            }
            return db;
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /** Yes: the attachment table holds them. */
    @Override
    public boolean keepsAttachmentBytes() {
        return true;
    }

    @Override
    public synchronized Outcome accept(Article a) throws SinkException {
        requireOpen();
        if (a.id() == null) {
            throw new SinkException(name + ": a record without an id cannot be stored");
        }
        try {
            seen.setString(1, a.id());
            seen.setString(2, a.id());
            try (ResultSet rs = seen.executeQuery()) {
                if (rs.next()) {
                    return Outcome.DUPLICATE;
                }
            }
            Outcome outcome = Outcome.STORED;
            if (a.articleKey() != null && sight(a)) {
                outcome = Outcome.SIGHTING;
            } else {
                insert(Sightings.stored(a));
            }
            written(length(a.text()) + length(a.html()));
            return outcome;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SinkException(name + ": cannot write (" + OneLine.of(e) + ")", e);
        }
    }

    /** Keeps {@code a} as a sighting of the article stored under its key; false when there is none. */
    private boolean sight(Article a) throws SQLException {
        long seq;
        String storedId;
        byKey.setString(1, a.articleKey());
        try (ResultSet rs = byKey.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            seq = rs.getLong(1);
            storedId = rs.getString(2);
        }
        if (addsOnlyASighting(a, storedId)) {
            insertEnvelope(a);
            insertSighting(a.articleKey(), Sightings.sightingGivingNothing(a));
            return true;
        }
        Article stored;
        articleJson.setLong(1, seq);
        try (ResultSet rs = articleJson.executeQuery()) {
            rs.next();
            stored = records.read(rs, 1);
        }
        Article merged = Sightings.merge(stored, a);
        int i = bindRecord(updateArticle, 1, merged);
        updateArticle.setString(i++, merged.id());
        updateArticle.setLong(i, seq);
        updateArticle.executeUpdate();
        // the table holds the images of the copy whose body the record shows, and only those
        boolean newBody = !a.attachments().isEmpty() && merged.attachments().equals(a.attachments());
        if (newBody || merged.attachments().isEmpty()) {
            try (PreparedStatement del = db.prepareStatement("DELETE FROM attachments WHERE id = ?")) {
                del.setString(1, storedId);
                del.executeUpdate();
            }
            if (newBody) {
                insertAttachments(merged.id(), a);
            }
        } else if (!merged.id().equals(storedId)) {
            try (PreparedStatement move = db.prepareStatement("UPDATE attachments SET id = ? WHERE id = ?")) {
                move.setString(1, merged.id());
                move.setString(2, storedId);
                move.executeUpdate();
            }
        }
        if (merged.kind() == dev.mailclip.article.Kind.ARTICLE && !java.util.Objects.equals(merged.text(), stored.text())) {
            near.link(merged.articleKey(), merged.text());
        }
        insertEnvelope(a);
        // the new sighting, and those whose row changed (what they give); an article seen often is not rewritten whole
        java.util.Set<Sighting> unchanged = new java.util.HashSet<>(stored.sightings());
        for (Sighting s : merged.sightings()) {
            if (!unchanged.contains(s)) {
                insertSighting(a.articleKey(), s);
            }
        }
        return true;
    }

    /**
     * True when {@code a} gives the stored article nothing but its sighting: weighed against the article's
     * primary sighting and the givers of its fields, read from their rows. An article seen once is merged
     * whole: only a merge puts its evidence in the order a merge leaves it.
     */
    private boolean addsOnlyASighting(Article a, String storedId) throws SQLException {
        if (!a.sightings().isEmpty()) {
            return false;
        }
        sightingsUpToTwo.setString(1, a.articleKey());
        try (ResultSet rs = sightingsUpToTwo.executeQuery()) {
            if (!rs.next() || rs.getInt(1) < 2) {
                return false;
            }
        }
        Sighting primary;
        primarySighting.setString(1, storedId);
        primarySighting.setString(2, a.articleKey());
        try (ResultSet rs = primarySighting.executeQuery()) {
            if (!rs.next()) {
                return false;
            }
            primary = StoredRecords.sighting(rs.getString(1));
        }
        java.util.List<Sighting> gave = new java.util.ArrayList<>();
        givers.setString(1, a.articleKey());
        try (ResultSet rs = givers.executeQuery()) {
            while (rs.next()) {
                Sighting s = StoredRecords.sighting(rs.getString(1));
                if (!s.gave().isEmpty()) {
                    gave.add(s);
                }
            }
        }
        return Sightings.addsOnlyASighting(primary, gave, a);
    }

    private void insertSighting(String key, Sighting s) throws SQLException {
        putSighting(insertSighting, key, s);
    }

    /** Writes (or rewrites) one row of {@code sightings}. */
    private static void putSighting(PreparedStatement st, String key, Sighting s) throws SQLException {
        int i = 1;
        st.setString(i++, s.id());
        st.setString(i++, key);
        st.setString(i++, s.date());
        st.setString(i++, s.from());
        st.setString(i++, s.to());
        st.setString(i++, s.subject());
        st.setString(i++, s.folder());
        st.setString(i++, s.threadId());
        st.setString(i++, s.source());
        st.setString(i++, s.note());
        st.setString(i++, json(s.labels()));
        st.setString(i++, json(s.forwarded()));
        st.setString(i++, s.shape());
        st.setInt(i++, s.chars());
        st.setString(i++, json(s.gave()));
        st.setString(i, json(s));
        st.executeUpdate();
    }

    private static String json(Object o) {
        try {
            return ArticleJson.mapper().writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What an archive of an older schema needs when it is opened for writing. */
    private static final Schema.Backfill MIGRATION = new Schema.Backfill() {
        /** Every article row becomes the first sighting of its article. */
        @Override
        public void addSightings(Connection c) throws SQLException {
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT json FROM articles WHERE article_key IS NOT NULL ORDER BY seq");
                 PreparedStatement sight = c.prepareStatement(PUT_SIGHTING);
                 ResultSet rs = read.executeQuery()) {
                NearLinks near = new NearLinks(c);
                while (rs.next()) {
                    Article a = Sightings.stored(ArticleJson.read(rs.getString(1)));
                    if (a.kind() == dev.mailclip.article.Kind.ARTICLE) {
                        near.link(a.articleKey(), a.text());
                    }
                    for (Sighting s : a.sightings()) {
                        putSighting(sight, a.articleKey(), s);
                    }
                }
            }
        }

        /** Each record's JSON loses what its columns and its sightings' rows hold; the rows get what they gave. */
        @Override
        public void slimJson(Connection c) throws SQLException {
            try (PreparedStatement read = c.prepareStatement("SELECT seq, json FROM articles ORDER BY seq");
                 PreparedStatement write = c.prepareStatement("UPDATE articles SET json = ? WHERE seq = ?");
                 PreparedStatement gave = c.prepareStatement("UPDATE sightings SET gave = ? WHERE id = ?");
                 ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    Article a = ArticleJson.read(rs.getString(2));
                    write.setString(1, StoredRecords.json(a));
                    write.setLong(2, rs.getLong(1));
                    write.executeUpdate();
                    for (Sighting s : a.sightings()) {
                        gave.setString(1, json(s.gave()));
                        gave.setString(2, s.id());
                        gave.executeUpdate();
                    }
                }
            }
        }
    };

    /** Binds kind, title, url, published, date, site, author, text, html, note, json from {@code i}; the next index. */
    private static int bindRecord(PreparedStatement st, int i, Article a) throws SQLException {
        st.setString(i++, a.kind() == null ? "mail" : a.kind().json());
        for (String v : new String[]{a.title(), a.url(), a.published(), a.date(), a.site(), a.author(), a.text(),
                a.html(), a.note(), StoredRecords.json(a)}) {
            st.setString(i++, v);
        }
        return i;
    }

    private void insert(Article a) throws SQLException {
        insertArticle.setString(1, a.id());
        insertArticle.setString(2, a.articleKey());
        int i = bindRecord(insertArticle, 3, a);
        insertArticle.setString(i, Instant.now().toString());
        insertArticle.executeUpdate();
        insertEnvelope(a);
        insertAttachments(a.id(), a);
        for (Sighting s : a.sightings()) {
            insertSighting(a.articleKey(), s);
        }
        if (a.articleKey() != null && a.kind() == dev.mailclip.article.Kind.ARTICLE) {
            near.link(a.articleKey(), a.text());
        }
    }

    /** The message's envelope and labels, keyed by its id. */
    private void insertEnvelope(Article a) throws SQLException {
        int i;
        MailInfo m = a.mail();
        if (m != null) {
            i = 1;
            insertMail.setString(i++, a.id());
            insertMail.setString(i++, m.messageId());
            insertMail.setString(i++, m.from());
            insertMail.setString(i++, m.to());
            insertMail.setString(i++, m.subject());
            insertMail.setString(i++, m.date());
            insertMail.setString(i++, m.folder());
            insertMail.setString(i++, m.threadId());
            insertMail.setString(i, m.source());
            insertMail.executeUpdate();
            for (String label : m.labels()) {
                insertLabel.setString(1, a.id());
                insertLabel.setString(2, label);
                insertLabel.executeUpdate();
            }
        }
    }

    private void insertAttachments(String id, Article a) throws SQLException {
        int i;
        int position = 0;
        for (Attachment att : a.attachments()) {
            i = 1;
            insertAttachment.setString(i++, id);
            insertAttachment.setInt(i++, position++);
            insertAttachment.setString(i++, att.name());
            insertAttachment.setString(i++, att.contentType());
            insertAttachment.setString(i++, att.contentId());
            insertAttachment.setInt(i++, att.inline() ? 1 : 0);
            insertAttachment.setInt(i++, att.size());
            insertAttachment.setBytes(i, att.bytes());
            insertAttachment.executeUpdate();
        }
    }

    @Override
    public synchronized void quarantine(Quarantined q) throws SinkException {
        requireOpen();
        try {
            insertQuarantine.setString(1, q.id());
            insertQuarantine.setString(2, q.reason());
            insertQuarantine.setString(3, q.origin() == null ? null : q.origin().source());
            insertQuarantine.setBytes(4, q.bytes());
            insertQuarantine.setString(5, Instant.now().toString());
            insertQuarantine.executeUpdate();
            written(q.bytes() == null ? 0 : q.bytes().length);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SinkException(name + ": cannot write (" + OneLine.of(e) + ")", e);
        }
    }

    @Override
    public synchronized Mark mark(String folder) throws SinkException {
        requireOpen();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT uid_validity, last_uid FROM imap_sync WHERE folder = ?")) {
            st.setString(1, folder);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Mark(rs.getLong(1), rs.getLong(2)) : null;
            }
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot read the IMAP state (" + OneLine.of(e) + ")", e);
        }
    }

    @Override
    public synchronized void mark(String folder, Mark mark) throws SinkException {
        requireOpen();
        // two imports of one folder at once: the mark never moves back within one UIDVALIDITY
        try (PreparedStatement st = db.prepareStatement("INSERT INTO imap_sync (folder, uid_validity, last_uid,"
                + " updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(folder) DO UPDATE SET"
                + " last_uid = CASE WHEN uid_validity = excluded.uid_validity"
                + " THEN max(last_uid, excluded.last_uid) ELSE excluded.last_uid END,"
                + " uid_validity = excluded.uid_validity, updated_at = excluded.updated_at")) {
            st.setString(1, folder);
            st.setLong(2, mark.uidValidity());
            st.setLong(3, mark.lastUid());
            st.setString(4, Instant.now().toString());
            st.executeUpdate();
            commit(); // with the records accepted before it
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SinkException(name + ": cannot write the IMAP state (" + OneLine.of(e) + ")", e);
        }
    }

    @Override
    public synchronized void flush() throws SinkException {
        if (closed) {
            return;
        }
        try {
            commit();
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot commit (" + OneLine.of(e) + ")", e);
        }
    }

    /** Counts one more record of the open transaction and commits it when it reached a bound. */
    private void written(long chars) throws SQLException {
        if (pending++ == 0) {
            batchStarted = System.nanoTime();
            pendingChars = 0;
        }
        pendingChars += chars;
        if (pending >= BATCH || pendingChars >= BATCH_CHARS
                || System.nanoTime() - batchStarted >= BATCH_MILLIS * 1_000_000L) {
            commit();
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private void commit() throws SQLException {
        checkpointer.commit(db);
        pending = 0;
    }

    @Override
    public boolean heldMessagesWhenOpened() {
        return heldWhenOpened;
    }

    /** Asked on a connection of its own, not under this sink's lock: the writer holds that while it writes. */
    @Override
    public boolean holdsMessage(String id) {
        return heldMessages.holds(id);
    }

    @Override
    public synchronized void close() throws SinkException {
        if (closed) {
            return;
        }
        try {
            flush();
        } finally {
            closed = true;
            heldMessages.close();
            checkpointer.close(); // first: the writer's close then checkpoints what is left and removes the log
            try {
                db.close(); // closes the prepared statements too
            } catch (SQLException ignored) {
                // nothing more to save
            }
        }
    }

    private void requireOpen() throws SinkException {
        if (closed) {
            throw new SinkException(name + ": already closed");
        }
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
            pending = 0;
        } catch (SQLException ignored) {
            // the connection is already failing; the original error is the one to report
        }
    }

}
