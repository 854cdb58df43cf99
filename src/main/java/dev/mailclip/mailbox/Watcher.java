package dev.mailclip.mailbox;

import java.io.IOException;

/**
 * {@code import --watch}: after an input was read to its end, waits for what arrives in it (IMAP IDLE for
 * a server's folder, new files in a Maildir's {@code new/}) and hands it on as a source of its own.
 */
public interface Watcher {

    /**
     * Blocks until new messages arrive.
     *
     * @return a source of them, or null when the watch was stopped ({@link #stop}, Ctrl-C) or the waiting
     * thread interrupted
     */
    MessageSource awaitMore() throws IOException;

    /** Ends the watch: {@link #awaitMore} returns null soon; safe from any thread. */
    void stop();
}
