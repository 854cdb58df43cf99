package dev.mailclip.sink.sqlite;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.MailInfo;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * The embedded archive: one SQLite file in WAL mode. Writes are batched: a transaction stays open
 * for {@link #BATCH} records, so a killed import loses at most the open batch, which a rerun adds.
 * Each record's rows go in together, and the duplicate check sees rows of the open batch too.
 * Prepared statements only; one connection, guarded by this object's lock.
 */
public final class SqliteSink implements Sink {
    /** Records per transaction. */
    public static final int BATCH = 500;

    private final String name;
    private final Connection db;
    private final PreparedStatement seen;
    private final PreparedStatement insertArticle;
    private final PreparedStatement insertMail;
    private final PreparedStatement insertLabel;
    private final PreparedStatement insertAttachment;
    private final PreparedStatement insertQuarantine;
    private int pending;
    private boolean closed;

    public SqliteSink(String path) throws SinkException {
        this.name = "sqlite:" + path;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + path);
            try (Statement st = db.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL"); // durable at checkpoints; WAL keeps the file consistent
                st.execute("PRAGMA busy_timeout=10000");
            }
            Schema.create(db);
            db.setAutoCommit(false);
            seen = db.prepareStatement("SELECT 1 FROM articles WHERE id = ? OR article_key = ? LIMIT 1");
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
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot open (" + OneLine.of(e) + ")", e);
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
            seen.setString(2, a.articleKey());
            try (ResultSet rs = seen.executeQuery()) {
                if (rs.next()) {
                    return Outcome.DUPLICATE;
                }
            }
            insert(a);
            if (++pending >= BATCH) {
                commit();
            }
            return Outcome.STORED;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SinkException(name + ": cannot write (" + OneLine.of(e) + ")", e);
        }
    }

    private void insert(Article a) throws SQLException {
        int i = 1;
        insertArticle.setString(i++, a.id());
        insertArticle.setString(i++, a.articleKey());
        insertArticle.setString(i++, a.kind() == null ? "mail" : a.kind().json());
        insertArticle.setString(i++, a.title());
        insertArticle.setString(i++, a.url());
        insertArticle.setString(i++, a.published());
        insertArticle.setString(i++, a.date());
        insertArticle.setString(i++, a.site());
        insertArticle.setString(i++, a.author());
        insertArticle.setString(i++, a.text());
        insertArticle.setString(i++, a.html());
        insertArticle.setString(i++, a.note());
        insertArticle.setString(i++, ArticleJson.line(a));
        insertArticle.setString(i, Instant.now().toString());
        insertArticle.executeUpdate();

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
        int position = 0;
        for (Attachment att : a.attachments()) {
            i = 1;
            insertAttachment.setString(i++, a.id());
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
            if (++pending >= BATCH) {
                commit();
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new SinkException(name + ": cannot write (" + OneLine.of(e) + ")", e);
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

    private void commit() throws SQLException {
        db.commit();
        pending = 0;
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
