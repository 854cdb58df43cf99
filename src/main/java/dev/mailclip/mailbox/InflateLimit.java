package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a decompressing stream at the decompressed size limit: a gzip bomb (a few KB that inflate
 * to terabytes) ends the input with one clear error instead of running for hours.
 */
final class InflateLimit extends FilterInputStream {
    private final long limit;
    private long count;

    InflateLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException("over the decompressed size limit (" + Limits.describeBytes(limit) + ")");
        }
    }
}
