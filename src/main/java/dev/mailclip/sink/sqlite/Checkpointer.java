package dev.mailclip.sink.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

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
 * <p>
 * SQLite refuses a checkpoint while another one runs, so the writer's would be refused whenever it fell during
 * this thread's, and the log would grow on (on a slow disk, where this thread is seldom idle, to the size of the
 * whole archive). So once the log has passed its limit, the writer's next commit waits for this thread's
 * checkpoint to end ({@link #commit}).
 */
final class Checkpointer implements AutoCloseable {
    /** The least time between two checkpoints: the writer commits several times a second. */
    static final long PAUSE_MILLIS = 250;

    private final Connection db;
    private final Path log;
    private final long logLimitBytes;
    /** Held by a checkpoint of this thread, and by a commit of the writer that must checkpoint. */
    private final ReentrantLock checkpointing = new ReentrantLock();
    private final Thread thread;
    private final Object signal = new Object();
    private boolean committed;
    private volatile boolean stopping;

    private Checkpointer(Connection db, String path, long logLimitBytes) {
        this.db = db;
        this.log = Path.of(path + "-wal");
        this.logLimitBytes = logLimitBytes;
        this.thread = new Thread(this::run, "mailclip-checkpoint " + path);
        thread.setDaemon(true);
    }

    /**
     * Starts checkpointing the archive at {@code path}, whose log the writer has set up to be checkpointed and cut
     * back to {@code logLimitBytes}.
     */
    static Checkpointer start(String path, long logLimitBytes) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + path);
        try (Statement st = db.createStatement()) {
            // the checkpoint syncs the log before and the file after, as the writer's would
            st.execute("PRAGMA synchronous=NORMAL");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        Checkpointer c = new Checkpointer(db, path, logLimitBytes);
        c.thread.start();
        return c;
    }

    /**
     * Commits the writer's transaction, and wakes this thread to copy it. SQLite's own checkpoint runs inside the
     * commit once the log has reached its limit; the log's file is larger than the limit only from then until the
     * first commit after the log restarts, so such a commit waits for a checkpoint of this thread to end.
     */
    void commit(Connection writer) throws SQLException {
        if (logPastLimit()) {
            checkpointing.lock();
            try {
                writer.commit();
            } finally {
                checkpointing.unlock();
            }
        } else {
            writer.commit();
        }
        synchronized (signal) {
            committed = true;
            signal.notify();
        }
    }

    private void run() {
        try (Statement st = db.createStatement()) {
            while (awaitCommit()) {
                checkpointing.lock();
                try (ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    rs.next();
                } catch (SQLException e) {
                    // busy or failed: the writer's own checkpoint stays, and the next one here copies the same pages
                } finally {
                    checkpointing.unlock();
                }
                Thread.sleep(PAUSE_MILLIS);
            }
        } catch (SQLException | InterruptedException e) {
            // stopped: the writer's checkpoints go on as before
        }
    }

    private boolean logPastLimit() {
        try {
            return Files.size(log) > logLimitBytes;
        } catch (IOException e) {
            return false; // no log yet
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
