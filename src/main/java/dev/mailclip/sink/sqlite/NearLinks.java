package dev.mailclip.sink.sqlite;

import dev.mailclip.sink.NearDuplicates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;

/**
 * Keeps {@code near_duplicates} of an archive: each article's MinHash signature in {@code minhash}, its band
 * hashes in {@code minhash_bands}; an article is compared only with those sharing a band
 * ({@link NearDuplicates}). Links go both ways and depend only on the texts, not on the order they came in.
 */
final class NearLinks {
    private final PreparedStatement dropBands;
    private final PreparedStatement dropSignature;
    private final PreparedStatement dropLinks;
    private final PreparedStatement putSignature;
    private final PreparedStatement candidates;
    private final PreparedStatement putBand;
    private final PreparedStatement signatureOf;
    private final PreparedStatement putLink;

    NearLinks(Connection db) throws SQLException {
        dropBands = db.prepareStatement("DELETE FROM minhash_bands WHERE article_key = ?");
        dropSignature = db.prepareStatement("DELETE FROM minhash WHERE article_key = ?");
        dropLinks = db.prepareStatement("DELETE FROM near_duplicates WHERE article_key = ? OR other_key = ?");
        putSignature = db.prepareStatement("INSERT INTO minhash (article_key, signature) VALUES (?, ?)");
        candidates = db.prepareStatement("SELECT article_key FROM minhash_bands WHERE band = ? AND hash = ?");
        putBand = db.prepareStatement("INSERT OR IGNORE INTO minhash_bands (band, hash, article_key) VALUES (?, ?, ?)");
        signatureOf = db.prepareStatement("SELECT signature FROM minhash WHERE article_key = ?");
        putLink = db.prepareStatement("INSERT OR REPLACE INTO near_duplicates (article_key, other_key, similarity)"
                + " VALUES (?, ?, ?)");
    }

    /** (Re)links the article under {@code key} whose text is now {@code text}. */
    void link(String key, String text) throws SQLException {
        for (PreparedStatement st : new PreparedStatement[]{dropBands, dropSignature}) {
            st.setString(1, key);
            st.executeUpdate();
        }
        dropLinks.setString(1, key);
        dropLinks.setString(2, key);
        dropLinks.executeUpdate();
        long[] sig = NearDuplicates.signature(text);
        if (sig == null) {
            return;
        }
        putSignature.setString(1, key);
        putSignature.setBytes(2, NearDuplicates.toBytes(sig));
        putSignature.executeUpdate();
        long[] bands = NearDuplicates.bands(sig);
        TreeSet<String> others = new TreeSet<>();
        for (int b = 0; b < bands.length; b++) {
            candidates.setInt(1, b);
            candidates.setLong(2, bands[b]);
            try (ResultSet rs = candidates.executeQuery()) {
                while (rs.next()) {
                    others.add(rs.getString(1));
                }
            }
            putBand.setInt(1, b);
            putBand.setLong(2, bands[b]);
            putBand.setString(3, key);
            putBand.executeUpdate();
        }
        others.remove(key);
        for (String other : others) {
            signatureOf.setString(1, other);
            try (ResultSet rs = signatureOf.executeQuery()) {
                if (!rs.next()) {
                    continue;
                }
                double sim = NearDuplicates.similarity(sig, NearDuplicates.fromBytes(rs.getBytes(1)));
                if (sim >= NearDuplicates.THRESHOLD) {
                    for (String[] pair : new String[][]{{key, other}, {other, key}}) {
                        putLink.setString(1, pair[0]);
                        putLink.setString(2, pair[1]);
                        putLink.setDouble(3, sim);
                        putLink.executeUpdate();
                    }
                }
            }
        }
    }
}
