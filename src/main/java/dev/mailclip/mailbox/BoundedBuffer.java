package dev.mailclip.mailbox;

import java.io.ByteArrayOutputStream;

/**
 * The bytes of one message as a source reads it, up to the message size limit. Past the limit it
 * keeps counting but holds only the message's head ({@link #HEAD} bytes, enough to identify and
 * quarantine it), so one huge message never costs more memory than the limit.
 */
final class BoundedBuffer {
    /** what is kept of a message over the limit */
    static final int HEAD = 1 << 20;

    private final long limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    private long size;
    private boolean over;

    BoundedBuffer(long limit) {
        this.limit = limit;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) {
        size += len;
        if (!over && size > limit) {
            over = true;
            if (out.size() > HEAD) {
                cut(HEAD);
            }
        }
        int take = over ? (int) Math.max(0, Math.min(len, HEAD - out.size())) : len;
        out.write(b, off, take);
    }

    /** The message's full length so far, counted even past the limit. */
    long size() {
        return size;
    }

    /** Drops everything after the first {@code length} bytes of the message. */
    void truncate(long length) {
        size = Math.min(size, length);
        if (out.size() > size) {
            cut((int) size);
        }
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    private void cut(int length) {
        byte[] kept = out.toByteArray();
        out.reset();
        out.write(kept, 0, length);
    }
}
