package dev.mailclip.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes, terminator included, so no charset ever touches the mail. Supports
 * mark/reset for look-ahead (Content-Length framing is checked by reading past it, then undone).
 * <p>
 * It keeps its own buffer and scans it for line ends, rather than reading byte by byte through a
 * {@link java.io.BufferedInputStream} (whose every {@code read()} takes a lock): splitting an mbox
 * is then bounded by copying, not by per-byte calls.
 */
final class ByteLines {
    /** Longer lines come in pieces of this size, so a file without line breaks costs bounded memory. */
    static final int MAX_LINE = 1 << 20;
    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[CHUNK];
    private int pos;          // next byte to hand out
    private int end;          // end of the bytes read into buf
    private int mark = -1;    // start of the marked bytes kept for reset, -1 when none
    private int markLimit;
    private boolean eof;
    private boolean continued;
    private boolean atLineStart = true;
    private long dropped;     // bytes of the input moved out of buf before index 0

    ByteLines(InputStream in) {
        this.in = in;
    }

    /**
     * @return the next line with its "\n" or "\r\n" (the last line may lack one), or its next piece of
     *         {@link #MAX_LINE} bytes when it is longer; null at the end
     */
    byte[] readLine() throws IOException {
        continued = !atLineStart;
        int scanned = 0; // bytes after pos already known to hold no line end
        while (true) {
            int limit = pos + Math.min(end - pos, MAX_LINE);
            for (int i = pos + scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    return take(i + 1 - pos);
                }
            }
            scanned = limit - pos;
            if (scanned == MAX_LINE) {
                return take(MAX_LINE);
            }
            if (!fill()) {
                return scanned == 0 ? null : take(scanned);
            }
        }
    }

    /** The offset in the input of the next byte to be handed out. */
    long position() {
        return dropped + pos;
    }

    /** Whether the last line returned is a later piece of a long line (so not a line start). */
    boolean continued() {
        return continued;
    }

    /** Reads up to n bytes; fewer only at the end of the input. */
    byte[] readBytes(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(n, CHUNK));
        while (out.size() < n && (pos < end || fill())) {
            int k = Math.min(n - out.size(), end - pos);
            out.write(buf, pos, k);
            pos += k;
        }
        byte[] b = out.toByteArray();
        if (b.length > 0) {
            atLineStart = b[b.length - 1] == '\n';
        }
        return b;
    }

    /** Keeps the next {@code readLimit} bytes for {@link #reset()}; reading further drops the mark. */
    void mark(int readLimit) {
        mark = pos;
        markLimit = readLimit;
    }

    void reset() throws IOException {
        if (mark < 0) {
            throw new IOException("mark passed its read limit");
        }
        pos = mark;
        atLineStart = true; // marks are only set at line starts
    }

    void close() throws IOException {
        in.close();
    }

    private byte[] take(int n) {
        byte[] line = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        atLineStart = line[n - 1] == '\n';
        return line;
    }

    /** Reads more input after {@code end}, keeping the unread (and marked) bytes; false at the end. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (mark >= 0 && end - mark > markLimit) {
            mark = -1;
        }
        int keep = mark >= 0 ? mark : pos;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, end - keep);
            dropped += keep;
            pos -= keep;
            end -= keep;
            if (mark >= 0) {
                mark = 0;
            }
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    static boolean isBlank(byte[] line) {
        return line.length == 1 && line[0] == '\n' || line.length == 2 && line[0] == '\r' && line[1] == '\n';
    }

    static boolean startsWith(byte[] line, int offset, String ascii) {
        if (line.length - offset < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (line[offset + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
