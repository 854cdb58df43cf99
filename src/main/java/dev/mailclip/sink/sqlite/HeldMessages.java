package dev.mailclip.sink.sqlite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether the archive holds a message, asked on a connection of its own: the importer's reading thread asks
 * while the writer's transaction is open on the writer's connection ({@link SqliteSink#holdsMessage}). In WAL
 * mode this reader sees what the writer has committed, and neither waits for the other. Opened at the first
 * question, so an import that never asks opens nothing.
 */
final class HeldMessages implements AutoCloseable {
    /** A message's record or a sighting of one: the duplicates {@link SqliteSink#accept} finds. */
    static final String QUERY = "SELECT 1 FROM articles WHERE id = ? UNION ALL SELECT 1 FROM sightings WHERE id = ? LIMIT 1";

    private final String path;
    private Connection db;
    private PreparedStatement held;
    private boolean closed;

    HeldMessages(String path) {
        this.path = path;
    }

    /** False when unsure: the question could not be asked (the importer then extracts the message). */
    synchronized boolean holds(String id) {
        if (closed || id == null) {
            return false;
        }
        try {
            if (db == null) {
                db = DriverManager.getConnection("jdbc:sqlite:" + path);
                held = db.prepareStatement(QUERY);
            }
            held.setString(1, id);
            held.setString(2, id);
            try (ResultSet rs = held.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // a connection that only read
            }
        }
    }
}
