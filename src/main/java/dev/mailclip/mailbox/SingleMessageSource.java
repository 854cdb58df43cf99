package dev.mailclip.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** A file that is one message or one loose clip: read whole, returned once. */
public final class SingleMessageSource implements MessageSource {
    /** Larger files are refused rather than read into memory. */
    static final long MAX_BYTES = 256L << 20;

    private final Path file;
    private final boolean gzip;
    private final Origin origin;
    private final long total;
    private boolean done;

    public SingleMessageSource(Path file, boolean gzip, Origin origin) throws IOException {
        this.file = file;
        this.gzip = gzip;
        this.origin = origin;
        this.total = Files.size(file);
        if (total > MAX_BYTES) {
            throw new IOException(file + ": " + total + " bytes is too large for one message");
        }
    }

    @Override
    public RawMessage next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        byte[] bytes;
        try (InputStream in = gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES);
        }
        return new RawMessage(bytes, origin);
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
