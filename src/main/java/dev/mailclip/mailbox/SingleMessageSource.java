package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A file that is one message or one loose clip: read whole, returned once. A file over the message
 * size limit is returned {@link RawMessage#truncated() truncated} to its head, for quarantine.
 */
final class SingleMessageSource implements MessageSource {
    private final Path file;
    private final boolean gzip;
    private final Origin origin;
    private final Limits limits;
    private final long total;
    private boolean done;

    public SingleMessageSource(Path file, boolean gzip, Origin origin) throws IOException {
        this(file, gzip, origin, Limits.DEFAULTS);
    }

    public SingleMessageSource(Path file, boolean gzip, Origin origin, Limits limits) throws IOException {
        this.file = file;
        this.gzip = gzip;
        this.origin = origin;
        this.limits = limits;
        this.total = Files.size(file);
    }

    @Override
    public RawMessage next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        return read(file, gzip, origin, limits);
    }

    /** The file's (inflated) bytes up to the size limit, and its full size, counted without keeping it. */
    static RawMessage read(Path file, boolean gzip, Origin origin, Limits limits) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzip ? new InflateLimit(new GZIPInputStream(raw), limits.maxDecompressedBytes()) : raw) {
            return read(in, origin, limits);
        } catch (IOException e) {
            String m = dev.mailclip.OneLine.of(e);
            throw m.startsWith(file.toString()) ? e : new IOException(file + ": " + m, e);
        }
    }

    /** The stream's bytes up to the size limit, and its full size, counted without keeping it. */
    static RawMessage read(InputStream in, Origin origin, Limits limits) throws IOException {
        {
            long max = limits.maxMessageBytes();
            byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            if (bytes.length <= max) {
                return new RawMessage(bytes, origin);
            }
            long size = bytes.length + in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] head = java.util.Arrays.copyOf(bytes, (int) Math.min(bytes.length, BoundedBuffer.HEAD));
            return new RawMessage(head, origin, size);
        }
    }

    @Override
    public long bytesRead() {
        return done ? total : 0;
    }

    @Override
    public long totalBytes() {
        return total;
    }

    @Override
    public void close() {
    }
}
