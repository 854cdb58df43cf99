package dev.mailclip.mailbox;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of raw messages read from one input (an mbox, a Maildir, a folder, a single file).
 * Sources stream: memory stays flat however large the input.
 */
public interface MessageSource extends Closeable {

    /**
     * @return the next message, or null at the end
     * @throws IOException when the input cannot be read any further; messages already returned stand
     */
    RawMessage next() throws IOException;

    /**
     * Where the message last returned by {@link #next()} starts in its input, in bytes (an mbox's
     * envelope line), for telling a user which message failed; -1 when the input is the message.
     */
    default long lastOffset() {
        return -1;
    }

    /** Bytes of the input consumed so far, for progress; -1 when unknown. */
    default long bytesRead() {
        return -1;
    }

    /** Total size of the input in bytes, for progress; -1 when unknown. */
    default long totalBytes() {
        return -1;
    }
}
