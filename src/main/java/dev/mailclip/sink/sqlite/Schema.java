package dev.mailclip.sink.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The archive's tables. Every record is a row of {@code articles} (kind article or mail); its envelope
 * is in {@code mail}, its Gmail labels in {@code labels}, its attachments (inline image bytes as BLOBs)
 * in {@code attachments}. Messages that could not be read are kept whole in {@code quarantine}.
 * {@code articles_fts} indexes title, text, site and author of kind-article rows (FTS5, porter stemming).
 */
final class Schema {
    static final int VERSION = 1;

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
        "PRAGMA user_version = " + VERSION,
    };

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String sql : DDL) {
                st.execute(sql);
            }
        }
    }
}
