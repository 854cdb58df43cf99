package dev.mailclip.mailbox;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines as bytes, terminator included, so no charset ever touches the mail. Supports
 * mark/reset for look-ahead (Content-Length framing is checked by reading past it, then undone).
 */
final class ByteLines {
    /** Longer lines come in pieces of this size, so a file without line breaks costs bounded memory. */
    static final int MAX_LINE = 1 << 20;

    private final BufferedInputStream in;
    private byte[] buf = new byte[256];
    private boolean continued;
    private boolean atLineStart = true;

    ByteLines(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    /**
     * @return the next line with its "\n" or "\r\n" (the last line may lack one), or its next piece of
     *         {@link #MAX_LINE} bytes when it is longer; null at the end
     */
    byte[] readLine() throws IOException {
        continued = !atLineStart;
        int len = 0;
        int b = 0;
        while (len < MAX_LINE && (b = in.read()) >= 0) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, Math.min(len * 2, MAX_LINE));
            }
            buf[len++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        atLineStart = len == 0 || buf[len - 1] == '\n';
        return len == 0 && b < 0 ? null : Arrays.copyOf(buf, len);
    }

    /** Whether the last line returned is a later piece of a long line (so not a line start). */
    boolean continued() {
        return continued;
    }

    /** Reads up to n bytes; fewer only at the end of the input. */
    byte[] readBytes(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length > 0) {
            atLineStart = b[b.length - 1] == '\n';
        }
        return b;
    }

    void mark(int readLimit) {
        in.mark(readLimit);
    }

    void reset() throws IOException {
        in.reset();
        atLineStart = true; // marks are only set at line starts
    }

    void close() throws IOException {
        in.close();
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
