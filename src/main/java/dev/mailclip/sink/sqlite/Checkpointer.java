package dev.mailclip.sink.sqlite;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Copies the archive's write-ahead log into the file on a thread of its own, so the writer seldom waits
 * for the disk.
 * <p>
 * A checkpoint syncs the log to the disk, copies its pages into the file and syncs the file: on the writer's
 * thread (SQLite's automatic checkpoint, after a commit) those waits stopped the import, a quarter of the
 * sink's time at 1 GB of mail. Here a second connection runs a passive checkpoint after the writer's commits, at
 * most one per {@link #PAUSE_MILLIS}: it copies what is committed, never blocks the writer or a reader, and
 * does the syncing. The writer keeps its automatic checkpoint, which then finds little left to copy or sync and
 * is what lets SQLite start the log again from the beginning (a log is restarted only by the writer, after a
 * checkpoint that left nothing behind). A failed passive checkpoint (another importer's checkpoint, a busy
 * file) changes nothing: the next one, or the writer's, copies the same pages.
 */
final class Checkpointer implements AutoCloseable {
    /** The least time between two checkpoints: the writer commits several times a second. */
    static final long PAUSE_MILLIS = 250;

    private final Connection db;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean committed;
    private volatile boolean stopping;

    private Checkpointer(Connection db, String name) {
        this.db = db;
        this.thread = new Thread(this::run, "mailclip-checkpoint " + name);
        thread.setDaemon(true);
    }

    /** Starts checkpointing the archive at {@code path}, whose log the writer has set up. */
    static Checkpointer start(String path) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + path);
        try (Statement st = db.createStatement()) {
            // the checkpoint syncs the log before and the file after, as the writer's would
            st.execute("PRAGMA synchronous=NORMAL");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        Checkpointer c = new Checkpointer(db, path);
        c.thread.start();
        return c;
    }

    /** The writer committed: there is something to copy. */
    void committed() {
        synchronized (signal) {
            committed = true;
            signal.notify();
        }
    }

    private void run() {
        try (Statement st = db.createStatement()) {
            while (awaitCommit()) {
                try (ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    rs.next();
                } catch (SQLException e) {
                    // busy or failed: the writer's own checkpoint stays, and the next one here copies the same pages
                }
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (SQLException | InterruptedException e) {
            // stopped: the writer's checkpoints go on as before
        }
    }

    private boolean awaitCommit() throws InterruptedException {
        synchronized (signal) {
            while (!committed && !stopping) {
                signal.wait();
            }
            committed = false;
            return !stopping;
        }
    }

    /** Stops the thread (after a checkpoint in progress) and closes its connection, before the writer's. */
    @Override
    public void close() {
        stopping = true;
        synchronized (signal) {
            signal.notify();
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            db.close();
        } catch (SQLException ignored) {
            // a connection that only read the log: nothing to lose
        }
    }
}
