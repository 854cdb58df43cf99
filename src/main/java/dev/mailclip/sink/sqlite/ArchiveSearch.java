package dev.mailclip.sink.sqlite;

import dev.mailclip.OneLine;
import dev.mailclip.sink.SearchTerms;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.RecordFilter;
import dev.mailclip.sink.SearchHit;
import dev.mailclip.article.Article;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.Identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SQLite archive read back, read-only: full-text search over its articles, best matches first (FTS5
 * bm25), listing by date with filters, and one record by id or URL.
 */
public final class ArchiveSearch implements Archive {

    private final String name;
    private final Connection db;
    private final boolean sightings;
    private final StoredRecords records;

    public ArchiveSearch(String path) throws SinkException {
        this.name = "sqlite:" + path;
        if (!Files.isRegularFile(Path.of(path))) {
            throw new SinkException(name + ": no archive there (run mailclip import first)");
        }
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(SqliteSink.BUSY_TIMEOUT_MS);
            db = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
            int version = Schema.version(db);
            sightings = version >= 2;
            records = new StoredRecords(db, version);
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot open (" + OneLine.of(e) + ")", e);
        }
    }

    @Override
    public boolean canSearch() {
        return true;
    }

    /**
     * @param query words, all of which must occur (stemmed: "talks" finds "talk"); a phrase in
     *              double quotes must occur as written
     */
    public List<SearchHit> search(String query, int limit) throws SinkException {
        return search(query, RecordFilter.ALL, limit);
    }

    @Override
    public List<SearchHit> search(String query, RecordFilter filter, int limit) throws SinkException {
        String match = toMatch(query);
        List<SearchHit> hits = new ArrayList<>();
        if (match.isEmpty()) {
            return hits;
        }
        collect(match, filter, limit, "articles_fts", "bm25(articles_fts, 10.0, 1.0, 2.0, 2.0)",
                "a.seq = articles_fts.rowid", hits);
        if (sightings) {
            // the notes and labels of its sightings find an article too; its best match counts once
            collect(match, filter, limit, "sightings_fts", "bm25(sightings_fts, 0.0, 2.0, 2.0)",
                    "a.article_key = sightings_fts.article_key", hits);
        }
        return best(hits, limit);
    }

    /**
     * The best matches of one full-text index, joined to the records it finds: its column 1 gives the
     * snippet, {@code score} ranks (bm25: lower is better).
     */
    private void collect(String match, RecordFilter filter, int limit, String index, String score, String join,
                         List<SearchHit> hits) throws SinkException {
        List<Object> args = new ArrayList<>();
        args.add(match);
        String sql = "SELECT a.id, a.title, a.url, a.date, a.site, snippet(" + index + ", 1, '[', ']', '…', 16), "
                + score + " AS score FROM " + index + " JOIN articles a ON " + join
                + " WHERE " + index + " MATCH ?" + where(filter, args) + " ORDER BY score LIMIT ?";
        args.add(limit);
        try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                hits.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getDouble(7)));
            }
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot search (" + OneLine.of(e) + ")", e);
        }
    }

    /** One hit per record, with its best score (bm25: lower is better), best first, at most {@code limit}. */
    private static List<SearchHit> best(List<SearchHit> hits, int limit) {
        Map<String, SearchHit> byId = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            byId.merge(h.id(), h, (a, b) -> b.score() < a.score() ? b : a);
        }
        List<SearchHit> out = new ArrayList<>(byId.values());
        out.sort(Comparator.comparingDouble(SearchHit::score));
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    @Override
    public List<Article> list(RecordFilter filter) throws SinkException {
        List<Article> out = new ArrayList<>();
        for (Article a : summaries(filter)) {
            try {
                out.add(withBytes(a));
            } catch (SQLException e) {
                throw new SinkException(name + ": cannot read (" + OneLine.of(e) + ")", e);
            }
        }
        return out;
    }

    /** The records without their attachments' bytes: no BLOB is read. */
    @Override
    public List<Article> summaries(RecordFilter filter) throws SinkException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT " + StoredRecords.COLUMNS + " FROM articles a WHERE 1 = 1" + where(filter, args)
                + " ORDER BY a.date IS NULL, a.date, a.id";
        return rows(sql, args, rs -> records.read(rs, 1));
    }

    @Override
    public Article find(String idOrUrl) throws SinkException {
        String norm = Identity.normaliseUrl(idOrUrl);
        String sql = "SELECT " + StoredRecords.COLUMNS + " FROM articles WHERE id = ? OR article_key = ? OR article_key = ?"
                + (sightings ? " OR article_key = (SELECT article_key FROM sightings WHERE id = ?)" : "")
                + " ORDER BY id = ? DESC LIMIT 1";
        List<Object> args = new ArrayList<>(List.of(idOrUrl, idOrUrl, norm == null ? "" : "url:" + norm));
        if (sightings) {
            args.add(idOrUrl);
        }
        args.add(idOrUrl);
        try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
            return rs.next() ? withBytes(records.read(rs, 1)) : null;
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot read (" + OneLine.of(e) + ")", e);
        }
    }

    @Override
    public List<dev.mailclip.sink.NearDuplicate> nearDuplicates(Article record) throws SinkException {
        if (!sightings || record.articleKey() == null) {
            return new ArrayList<>();
        }
        String sql = "SELECT a.id, n.other_key, a.title, a.url, n.similarity FROM near_duplicates n"
                + " JOIN articles a ON a.article_key = n.other_key WHERE n.article_key = ?"
                + " ORDER BY n.similarity DESC, n.other_key";
        return rows(sql, List.of(record.articleKey()), rs -> new dev.mailclip.sink.NearDuplicate(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
    }

    /** From the attachments table itself, which holds a record's parts even where its JSON lists none. */
    @Override
    public Attachment inlinePart(String recordId, String contentId) throws SinkException {
        String sql = "SELECT name, content_type, content_id, inline, bytes FROM attachments"
                + " WHERE id = ? AND (content_id = ? OR content_id = ?) ORDER BY position LIMIT 1";
        List<Attachment> found = rows(sql, List.of(recordId, contentId, "<" + contentId + ">"),
                rs -> new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0,
                        rs.getBytes(5)));
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<dev.mailclip.sink.QuarantineEntry> quarantined() throws SinkException {
        return rows("SELECT id, reason, source, quarantined_at, length(bytes) FROM quarantine"
                + " ORDER BY quarantined_at DESC, id", List.of(), rs -> new dev.mailclip.sink.QuarantineEntry(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
    }

    @Override
    public byte[] quarantinedBytes(String id) throws SinkException {
        List<byte[]> found = rows("SELECT bytes FROM quarantine WHERE id = ?", List.of(id), rs -> rs.getBytes(1));
        return found.isEmpty() ? null : found.get(0);
    }

    /** One result row made into a value. */
    @FunctionalInterface
    private interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    /** Every row of a query, each made into a value; a failure is one line naming the archive. */
    private <T> List<T> rows(String sql, List<Object> args, Row<T> row) throws SinkException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement st = prepare(sql, args); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(row.of(rs));
            }
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot read (" + OneLine.of(e) + ")", e);
        }
        return out;
    }

    /** The record with its attachments' bytes, from the attachments table. */
    private Article withBytes(Article a) throws SQLException {
        if (a.attachments().isEmpty()) {
            return a;
        }
        List<Attachment> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT name, content_type, content_id, inline, bytes"
                + " FROM attachments WHERE id = ? ORDER BY position")) {
            st.setString(1, a.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Attachment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0,
                            rs.getBytes(5)));
                }
            }
        }
        return out.isEmpty() ? a : a.toBuilder().attachments(out).build();
    }

    private String where(RecordFilter f, List<Object> args) {
        StringBuilder w = new StringBuilder();
        if (f.site() != null) {
            w.append(" AND lower(a.site) = lower(?)");
            args.add(f.site());
        }
        if (f.kind() != null) {
            w.append(" AND a.kind = ?");
            args.add(f.kind().json());
        }
        if (f.since() != null) {
            w.append(" AND a.date >= ?");
            args.add(f.since());
        }
        if (f.until() != null) {
            w.append(" AND substr(a.date, 1, ?) <= ?");
            args.add(f.until().length());
            args.add(f.until());
        }
        if (f.label() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM labels l WHERE l.label = ? AND (l.id = a.id");
            args.add(f.label());
            if (sightings) {
                w.append(" OR l.id IN (SELECT s.id FROM sightings s WHERE s.article_key = a.article_key)");
            }
            w.append("))");
        }
        return w.toString();
    }

    private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
        PreparedStatement st = db.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            st.setObject(i + 1, args.get(i));
        }
        return st;
    }

    /** A safe FTS5 query: every word quoted (so no user text is read as syntax), phrases kept. */
    static String toMatch(String query) {
        List<String> terms = new ArrayList<>();
        for (SearchTerms t : SearchTerms.parse(query)) {
            terms.add(t.quoted());
        }
        return String.join(" ", terms);
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // read-only: nothing to lose
        }
    }
}
