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
 * its {@code sightings}: they are rows of {@code sightings}, each with its own {@code json}, and a record read
 * back gets them again, in date order. An archive of an older schema (read-only, not migrated) still has
 * them in the article's {@code json}.
 */
final class StoredRecords {
    private final PreparedStatement sightingsOf;
    private final boolean separate;

    StoredRecords(Connection db) throws SQLException {
        this.separate = Schema.version(db) >= 5;
        this.sightingsOf = separate ? db.prepareStatement("SELECT json FROM sightings WHERE article_key = ?") : null;
    }

    /** The {@code articles.json} of a record: without its sightings, which have their own rows. */
    static String json(Article a) {
        return ArticleJson.line(a.sightings().isEmpty() ? a : a.toBuilder().sightings(List.of()).build());
    }

    /** The whole record of an {@code articles.json}, its sightings put back. */
    Article read(String json) throws SQLException {
        Article a = ArticleJson.read(json);
        if (!separate || a.articleKey() == null) {
            return a;
        }
        List<Sighting> sightings = sightings(a.articleKey());
        return sightings.isEmpty() ? a : a.toBuilder().sightings(sightings).build();
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
