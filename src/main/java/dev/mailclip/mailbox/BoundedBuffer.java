package dev.mailclip.mailbox;

import java.util.Arrays;

/**
 * The bytes of one message as a source reads it, up to the message size limit. Past the limit it
 * keeps counting but holds only the message's head ({@link #HEAD} bytes, enough to identify and
 * quarantine it), so one huge message never costs more memory than the limit.
 * <p>
 * A plain growing array rather than a ByteArrayOutputStream: no lock per line written, cutting
 * the mbox's separator line off the end is a change of length, not a copy of the message, and
 * {@link #bytes()} is the only copy a message costs once the array has grown.
 */
final class BoundedBuffer {
    /** what is kept of a message over the limit */
    static final int HEAD = 1 << 20;
    /** A buffer grown past this for one large message is not kept for the next. */
    private static final int KEEP_BETWEEN_MESSAGES = 4 << 20;

    private final long limit;
    private byte[] buf = new byte[4096];
    private int kept;   // bytes held in buf
    private long size;  // bytes of the message, counted past the limit too
    private boolean over;

    BoundedBuffer(long limit) {
        this.limit = limit;
    }

    /**
     * Empties the buffer for the next message, keeping its array (up to a size): a source reuses one
     * buffer, so the array grows once, not for every message.
     */
    void reset() {
        kept = 0;
        size = 0;
        over = false;
        if (buf.length > KEEP_BETWEEN_MESSAGES) {
            buf = new byte[4096];
        }
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) {
        size += len;
        if (!over && size > limit) {
            over = true;
            kept = Math.min(kept, HEAD);
        }
        int take = over ? (int) Math.max(0, Math.min(len, HEAD - kept)) : len;
        if (kept + take > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(kept + take, buf.length * 2));
        }
        System.arraycopy(b, off, buf, kept, take);
        kept += take;
    }

    /** The message's full length so far, counted even past the limit. */
    long size() {
        return size;
    }

    /** Drops everything after the first {@code length} bytes of the message. */
    void truncate(long length) {
        size = Math.min(size, length);
        kept = (int) Math.min(kept, size);
    }

    byte[] bytes() {
        return Arrays.copyOf(buf, kept);
    }
}
