package dev.mailclip.sink.sqlite;

import dev.mailclip.OneLine;
import dev.mailclip.sink.SearchTerms;
import dev.mailclip.sink.SinkException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Full-text search over the articles of a SQLite archive, best matches first (FTS5 bm25). */
public final class ArchiveSearch implements AutoCloseable {

    /** One article found. {@code snippet} marks matched words with [ and ]. */
    public record Hit(String id, String title, String url, String date, String site, String snippet,
                      double score) {
    }

    /** words of letters and digits; everything else (FTS5 operators, quotes) is dropped */

    private final String name;
    private final Connection db;

    public ArchiveSearch(String path) throws SinkException {
        this.name = "sqlite:" + path;
        if (!Files.isRegularFile(Path.of(path))) {
            throw new SinkException(name + ": no archive there (run mailclip import first)");
        }
        try {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.setReadOnly(true);
            db = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot open (" + OneLine.of(e) + ")", e);
        }
    }

    /**
     * @param query words, all of which must occur (stemmed: "talks" finds "talk"); a phrase in
     *              double quotes must occur as written
     */
    public List<Hit> search(String query, int limit) throws SinkException {
        String match = toMatch(query);
        List<Hit> hits = new ArrayList<>();
        if (match.isEmpty()) {
            return hits;
        }
        String sql = "SELECT a.id, a.title, a.url, a.date, a.site,"
                + " snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts, 10.0, 1.0, 2.0, 2.0) AS score"
                + " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                + " WHERE articles_fts MATCH ? ORDER BY score LIMIT ?";
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setString(1, match);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getDouble(7)));
                }
            }
        } catch (SQLException e) {
            throw new SinkException(name + ": cannot search (" + OneLine.of(e) + ")", e);
        }
        return hits;
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
