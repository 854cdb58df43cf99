package dev.mailclip.sink.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Sighting;
import dev.mailclip.article.Sightings;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A record as the archive keeps it, and back. From schema 5 on, {@code articles.json} is the record without
 * its {@code text}, {@code html} and {@code sightings}: the text and HTML are the row's own columns (a mail's
 * text was stored twice), the sightings rows of {@code sightings}, each with its own {@code json}; a record
 * read back gets them again, the sightings in date order. An archive of an older schema (read-only, not
 * migrated) still has them all in {@code json}.
 */
final class StoredRecords {
    private final PreparedStatement sightingsOf;
    private final boolean separate;

    /** @param version the archive's schema version: from 5 on, the record is kept in parts */
    StoredRecords(Connection db, int version) throws SQLException {
        this.separate = version >= 5;
        this.sightingsOf = separate ? db.prepareStatement("SELECT json FROM sightings WHERE article_key = ?") : null;
    }

    /** The {@code articles.json} of a record: without its text and HTML (columns) and sightings (rows). */
    static String json(Article a) {
        return ArticleJson.line(a.toBuilder().text(null).html(null).sightings(List.of()).build());
    }

    /** The columns a record is read back from, in the order {@link #read(ResultSet, int)} takes them. */
    static final String COLUMNS = "json, text, html";

    /**
     * The whole record of a row: its {@code json}, {@code text} and {@code html} from column {@code first}
     * on ({@link #COLUMNS}), its sightings put back.
     */
    Article read(ResultSet rs, int first) throws SQLException {
        Article a = ArticleJson.read(rs.getString(first));
        if (!separate) {
            return a;
        }
        // as JSON, an empty text is null (ArticleJson writes "" as null): the record reads back the same
        Article.Builder whole = a.toBuilder().text(emptyAsNull(rs.getString(first + 1)))
                .html(emptyAsNull(rs.getString(first + 2)));
        if (a.articleKey() != null) {
            whole.sightings(sightings(a.articleKey()));
        }
        return whole.build();
    }

    private static String emptyAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The sightings of an article, in date order. */
    List<Sighting> sightings(String articleKey) throws SQLException {
        List<Sighting> out = new ArrayList<>();
        sightingsOf.setString(1, articleKey);
        try (ResultSet rs = sightingsOf.executeQuery()) {
            while (rs.next()) {
                out.add(sighting(rs.getString(1)));
            }
        }
        return Sightings.inDateOrder(out);
    }

    /** One row's {@code sightings.json}. */
    static Sighting sighting(String json) {
        try {
            return ArticleJson.mapper().readValue(json, Sighting.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
