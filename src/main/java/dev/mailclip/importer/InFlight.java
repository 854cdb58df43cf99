package dev.mailclip.importer;

import java.util.concurrent.Semaphore;

/**
 * The importer's window: at most so many messages, and so many bytes of them, between the reader and the sink.
 * A count alone keeps memory flat for ordinary mail but not for a run of large messages (sixteen mails of photos,
 * each tens of megabytes, are over a heap of 256 MB once decoded); the bytes bound that. A message larger than the
 * whole byte budget still passes, alone: it waits until every message before it is written, and the reader reads
 * on only once it is written too (reading the next one beside it could be what the heap cannot hold).
 * Taken by the one reader thread, given back by the writer.
 */
final class InFlight {
    private static final int KB = 1024;

    private final Semaphore messages;
    private final Semaphore kilobytes;
    private final int budgetKb;
    /** the message weighed last took the whole budget: the reader's own state, so not shared */
    private boolean lastTookAll;

    /**
     * @param messages most messages in flight
     * @param bytes    most bytes of raw messages in flight (at least 1 KB is kept)
     */
    InFlight(int messages, long bytes) {
        this.messages = new Semaphore(messages);
        this.budgetKb = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / KB));
        this.kilobytes = new Semaphore(budgetKb);
    }

    /** The byte budget for a JVM with this much heap: an eighth of it, as a message grows several times in memory. */
    static long budgetFor(long maxHeap) {
        return Math.max(8L << 20, maxHeap / 8);
    }

    /** Takes a message's place, before it is read; after one that took the whole budget, once that one is written. */
    void enter() throws InterruptedException {
        messages.acquire();
        if (lastTookAll) {
            kilobytes.acquire(budgetKb);
            kilobytes.release(budgetKb);
            lastTookAll = false;
        }
    }

    /**
     * Takes the room of a message just read: waits until its bytes fit beside those in flight.
     *
     * @return what {@link #leave} gives back for it
     */
    int weigh(long bytes) throws InterruptedException {
        int kb = (int) Math.min(budgetKb, Math.max(1, (bytes + KB - 1) / KB));
        kilobytes.acquire(kb);
        lastTookAll = kb == budgetKb;
        return kb;
    }

    /** Gives back a message's place and its room ({@code weighed}: what {@link #weigh} returned, 0 if not weighed). */
    void leave(int weighed) {
        kilobytes.release(weighed);
        messages.release();
    }
}
