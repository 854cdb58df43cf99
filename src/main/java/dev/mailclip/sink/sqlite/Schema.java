package dev.mailclip.sink.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The archive's tables (version 6; {@code PRAGMA user_version}). Every record is a row of {@code articles} (kind article or mail); its envelope
 * is in {@code mail}, its Gmail labels in {@code labels}, its attachments (inline image bytes as BLOBs)
 * in {@code attachments}. Messages that could not be read are kept whole in {@code quarantine}.
 * {@code articles_fts} indexes title, text, site and author of kind-article rows (FTS5, porter stemming).
 * {@code sightings} (version 2) has one row per message that carried an article, keyed by the message's id,
 * with the article's {@code article_key}; {@code sightings_fts} indexes their notes and labels; {@code mail} and {@code labels} have a row per such message too.
 * {@code near_duplicates} links articles whose texts are nearly the same, both ways, with the estimated
 * similarity ({@code minhash} and {@code minhash_bands} find them; see {@link NearLinks}).
 * {@code imap_sync} (version 3) keeps, per IMAP folder, its UIDVALIDITY and the last UID stored, so the next
 * import fetches only what is new ({@link dev.mailclip.sink.SyncStore}). Version 4 re-indexes an updated row
 * only when its indexed columns or its kind changed. Version 5 keeps an article's sightings only in
 * {@code sightings}, each row with the fields it {@code gave}, and a record's text and HTML only in their
 * columns: {@code articles.json} is the record without {@code text}, {@code html} and {@code sightings}
 * ({@link StoredRecords} puts them back), so a new sighting that gives the article nothing is one row, not
 * a rewrite of the article, and a mail's text is stored once.
 * <p>
 * An archive of an older version is migrated in place, in one transaction, when it is opened for writing
 * ({@link #migrate}); one of a newer version is refused, never rebuilt.
 */
final class Schema {
    private static final String[] DDL = {
        """
        CREATE TABLE IF NOT EXISTS articles (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          article_key TEXT UNIQUE,
          kind TEXT NOT NULL,
          title TEXT, url TEXT, published TEXT, date TEXT, site TEXT, author TEXT,
          text TEXT, html TEXT, note TEXT,
          json TEXT NOT NULL,
          imported_at TEXT NOT NULL)""",
        """
        CREATE TABLE IF NOT EXISTS mail (
          id TEXT PRIMARY KEY REFERENCES articles(id),
          message_id TEXT, sender TEXT, recipients TEXT, subject TEXT, date TEXT,
          folder TEXT, thread_id TEXT, source TEXT)""",
        """
        CREATE TABLE IF NOT EXISTS labels (
          id TEXT NOT NULL REFERENCES articles(id),
          label TEXT NOT NULL,
          PRIMARY KEY (id, label))""",
        "CREATE INDEX IF NOT EXISTS labels_by_label ON labels(label)",
        """
        CREATE TABLE IF NOT EXISTS attachments (
          id TEXT NOT NULL REFERENCES articles(id),
          position INTEGER NOT NULL,
          name TEXT, content_type TEXT, content_id TEXT, inline INTEGER NOT NULL,
          size INTEGER NOT NULL, bytes BLOB,
          PRIMARY KEY (id, position))""",
        """
        CREATE TABLE IF NOT EXISTS quarantine (
          id TEXT PRIMARY KEY,
          reason TEXT NOT NULL,
          source TEXT,
          bytes BLOB NOT NULL,
          quarantined_at TEXT NOT NULL)""",
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
          title, text, site, author,
          content='articles', content_rowid='seq',
          tokenize='porter unicode61 remove_diacritics 2')""",
        """
        CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles
        WHEN new.kind = 'article' BEGIN
          INSERT INTO articles_fts(rowid, title, text, site, author)
          VALUES (new.seq, new.title, new.text, new.site, new.author);
        END""",
    };

    /** What version 2 adds to version 1. */
    private static final String[] V2 = {
        """
        CREATE TABLE IF NOT EXISTS sightings (
          id TEXT PRIMARY KEY,
          article_key TEXT NOT NULL,
          date TEXT, sender TEXT, recipients TEXT, subject TEXT, folder TEXT, thread_id TEXT, source TEXT,
          note TEXT, labels TEXT, forwarded TEXT, shape TEXT, chars INTEGER NOT NULL DEFAULT 0,
          json TEXT NOT NULL)""",
        "CREATE INDEX IF NOT EXISTS sightings_by_article ON sightings(article_key, date)",
        // the person's own words and labels of every sighting, searchable beside the article's text
        """
        CREATE VIRTUAL TABLE IF NOT EXISTS sightings_fts USING fts5(
          article_key UNINDEXED, note, labels,
          tokenize='porter unicode61 remove_diacritics 2')""",
        // a sighting rewritten (INSERT OR REPLACE) is indexed anew: its old entry goes first
        """
        CREATE TRIGGER IF NOT EXISTS sightings_fts_replace BEFORE INSERT ON sightings BEGIN
          DELETE FROM sightings_fts WHERE rowid IN (SELECT rowid FROM sightings WHERE id = new.id);
        END""",
        """
        CREATE TRIGGER IF NOT EXISTS sightings_fts_insert AFTER INSERT ON sightings BEGIN
          INSERT INTO sightings_fts(rowid, article_key, note, labels)
          VALUES (new.rowid, new.article_key, new.note, new.labels);
        END""",
        """
        CREATE TRIGGER IF NOT EXISTS sightings_fts_delete AFTER DELETE ON sightings BEGIN
          DELETE FROM sightings_fts WHERE rowid = old.rowid;
        END""",
        "CREATE TABLE IF NOT EXISTS minhash (article_key TEXT PRIMARY KEY, signature BLOB NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS minhash_bands (
          band INTEGER NOT NULL, hash INTEGER NOT NULL, article_key TEXT NOT NULL,
          PRIMARY KEY (band, hash, article_key))""",
        "CREATE INDEX IF NOT EXISTS minhash_bands_by_article ON minhash_bands(article_key)",
        """
        CREATE TABLE IF NOT EXISTS near_duplicates (
          article_key TEXT NOT NULL, other_key TEXT NOT NULL, similarity REAL NOT NULL,
          PRIMARY KEY (article_key, other_key))""",
        "CREATE INDEX IF NOT EXISTS near_duplicates_by_other ON near_duplicates(other_key)",
        """
        CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles
        WHEN old.kind = 'article' BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, text, site, author)
          VALUES ('delete', old.seq, old.title, old.text, old.site, old.author);
          INSERT INTO articles_fts(rowid, title, text, site, author)
          VALUES (new.seq, new.title, new.text, new.site, new.author);
        END""",
    };

    /** What version 3 adds to version 2: where each IMAP folder stopped. */
    private static final String[] V3 = {
        """
        CREATE TABLE IF NOT EXISTS imap_sync (
          folder TEXT PRIMARY KEY,
          uid_validity INTEGER NOT NULL,
          last_uid INTEGER NOT NULL,
          updated_at TEXT NOT NULL)""",
    };

    /**
     * What version 4 changes: the index of an updated row is redone only when what it indexes changed (a
     * sighting rewrites its article's row, mostly with the same text), and a row that becomes an article is
     * indexed, one that stops being one leaves the index: the update is symmetric with the insert trigger.
     */
    private static final String[] V4 = {
        "DROP TRIGGER IF EXISTS articles_fts_update",
        """
        CREATE TRIGGER IF NOT EXISTS articles_fts_changed AFTER UPDATE ON articles
        WHEN (old.kind = 'article' OR new.kind = 'article') AND (old.kind IS NOT new.kind OR old.seq IS NOT new.seq
          OR old.title IS NOT new.title OR old.text IS NOT new.text OR old.site IS NOT new.site
          OR old.author IS NOT new.author) BEGIN
          INSERT INTO articles_fts(articles_fts, rowid, title, text, site, author)
          SELECT 'delete', old.seq, old.title, old.text, old.site, old.author WHERE old.kind = 'article';
          INSERT INTO articles_fts(rowid, title, text, site, author)
          SELECT new.seq, new.title, new.text, new.site, new.author WHERE new.kind = 'article';
        END""",
    };

    /**
     * What version 5 adds: the fields each sighting gave (a JSON array, as in its {@code json}), so a new
     * sighting is weighed against the article's givers without reading the article; the migration takes
     * the text, HTML and sightings out of each record's {@code json} ({@link Backfill#slimJson}).
     */
    private static final String[] V5 = {
        "ALTER TABLE sightings ADD COLUMN gave TEXT NOT NULL DEFAULT '[]'",
    };

    /**
     * What version 6 adds: the givers of each article indexed apart (a sighting that gave a field), so a new
     * sighting reads those few rows, not every sighting of its article (n² rows for an article seen n times).
     */
    private static final String[] V6 = {
        "CREATE INDEX IF NOT EXISTS sightings_givers ON sightings(article_key, date) WHERE gave <> '[]'",
    };

    /** What makes version n + 1 of version n (0: a new file), for every n below {@link #VERSION}. */
    private static final java.util.List<String[]> STEPS = java.util.List.of(DDL, V2, V3, V4, V5, V6);
    /** The version this code writes: one step a version. */
    static final int VERSION = STEPS.size();

    private Schema() {
    }

    /** The archive's version: 0 for a new, empty file. */
    static int version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Creates the tables of a new archive, or brings an older one to {@link #VERSION}; the caller commits.
     *
     * @param backfill what the rows of an older archive need, called once every table of this version exists
     * @return the version the file had
     */
    static int migrate(Connection c, Backfill backfill) throws SQLException {
        int had = version(c);
        if (had > VERSION) {
            throw new SQLException("archive of version " + had + " is newer than this mailclip (" + VERSION
                    + "); use a newer mailclip");
        }
        try (Statement st = c.createStatement()) {
            // the statements that bring each version to the next, from the one the file has
            for (String[] step : STEPS.subList(had, VERSION)) {
                for (String sql : step) {
                    st.execute(sql);
                }
            }
            if (had == 1) {
                backfill.addSightings(c);
            }
            if (had >= 1 && had < 5) {
                backfill.slimJson(c);
            }
            if (had < VERSION) {
                st.execute("PRAGMA user_version = " + VERSION);
            }
        }
        return had;
    }

    /** Adds what a migration needs to rows of the older version. */
    interface Backfill {
        /** Version 1 (no sightings): every article becomes its own first sighting. */
        void addSightings(Connection c) throws SQLException;

        /**
         * Versions 1 to 4: each record's {@code json} loses its text and HTML (its columns hold them) and its
         * sightings (their rows do); each sighting's row gets its {@code gave}.
         */
        void slimJson(Connection c) throws SQLException;
    }
}
