package dev.mailclip.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * The first bytes of a stream, at most a cap, so a message can be read twice (once by the facade,
 * once by Tika's own parser) without holding an unbounded document in memory.
 *
 * @param bytes    what was read: the whole stream when {@code complete}, else the first {@code cap + 1} bytes
 * @param complete whether the stream ended within the cap
 * @param rest     the unread remainder (empty when complete)
 */
record BoundedRead(byte[] bytes, boolean complete, InputStream rest) {

    static BoundedRead of(InputStream in, long cap) throws IOException {
        // one byte past the cap tells "exactly cap bytes" from "more than cap"
        long limit = Math.min(cap + 1, Integer.MAX_VALUE - 16L);
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buf = new byte[8192];
        long total = 0;
        while (total < limit) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, limit - total));
            if (n < 0) {
                return new BoundedRead(out.toByteArray(), true, InputStream.nullInputStream());
            }
            out.write(buf, 0, n);
            total += n;
        }
        return new BoundedRead(out.toByteArray(), false, in);
    }

    /** The whole stream again: the buffered head followed by the unread rest. */
    InputStream replay() {
        return complete ? new ByteArrayInputStream(bytes)
                : new SequenceInputStream(new ByteArrayInputStream(bytes), rest);
    }
}
