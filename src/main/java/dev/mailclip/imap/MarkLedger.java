package dev.mailclip.imap;

import dev.mailclip.importer.ImportCounts;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SyncStore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Moves each IMAP folder's mark only as far as the importer has written. The importer reads ahead of what
 * it writes, and writes in reading order: so the reader side notes, per message read, its folder and UID
 * ({@link #read}), and the writer side, told how many messages are written ({@link #written}), takes as many
 * notes off the front. {@link #save} hands the marks so reached to the store once the sink made the messages
 * before them durable.
 */
final class MarkLedger {
    /** Messages written between two saves of the marks during a long import. */
    static final int SAVE_EVERY = 200;

    /** A message handed to the importer: its folder and mark, or none for a file's. */
    private record Read(String folder, SyncStore.Mark mark) {
    }

    private static final Read FROM_A_FILE = new Read(null, null);

    /** set by a folder source as it hands a message out; taken on the same (reader) thread by {@link #read()} */
    private Read delivered;
    private final ConcurrentLinkedQueue<Read> unwritten = new ConcurrentLinkedQueue<>();
    private final Map<String, SyncStore.Mark> reached = new LinkedHashMap<>();
    private long written;
    private long sinceSave;

    /** Reader thread: a folder source is about to hand out message {@code uid}. */
    void delivered(String folder, long uidValidity, long uid) {
        delivered = new Read(folder, new SyncStore.Mark(uidValidity, uid));
    }

    /** Reader thread: before the source is asked for a message. */
    void reading() {
        delivered = null;
    }

    /** Reader thread: the source handed out a message (a folder's, when it said so, else a file's). */
    void read() {
        unwritten.add(delivered == null ? FROM_A_FILE : delivered);
    }

    /** Writer thread: the importer has written {@code counts.messages()} messages of this run. */
    synchronized void written(ImportCounts counts) {
        while (written < counts.messages()) {
            take(unwritten.poll());
            written++;
            sinceSave++;
        }
    }

    private void take(Read r) {
        if (r != null && r.folder() != null) {
            reached.put(r.folder(), r.mark());
        }
    }

    /** Whether enough was written since the last save to save the marks again. */
    synchronized boolean dueForSave() {
        return sinceSave >= SAVE_EVERY;
    }

    /**
     * Saves the marks reached; the sink has just made what comes before them durable.
     *
     * @param runEnded whether the importer's run is over: every message read was written, so every mark
     *                 moves, and the next run (--watch) counts from zero
     */
    void save(SyncStore store, boolean runEnded) throws SinkException {
        Map<String, SyncStore.Mark> marks;
        synchronized (this) {
            if (runEnded) {
                Read r;
                while ((r = unwritten.poll()) != null) {
                    take(r);
                }
                written = 0;
            }
            marks = new LinkedHashMap<>(reached);
            reached.clear();
            sinceSave = 0;
        }
        for (Map.Entry<String, SyncStore.Mark> e : marks.entrySet()) {
            store.mark(e.getKey(), e.getValue());
        }
    }
}
