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
    private final BufferedInputStream in;
    private byte[] buf = new byte[256];

    ByteLines(InputStream in) {
        this.in = new BufferedInputStream(in, 1 << 16);
    }

    /** @return the next line with its "\n" or "\r\n" (the last line may lack one), or null at the end */
    byte[] readLine() throws IOException {
        int len = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (len == buf.length) {
                buf = Arrays.copyOf(buf, len * 2);
            }
            buf[len++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        return len == 0 && b < 0 ? null : Arrays.copyOf(buf, len);
    }

    /** Reads up to n bytes; fewer only at the end of the input. */
    byte[] readBytes(int n) throws IOException {
        return in.readNBytes(n);
    }

    void mark(int readLimit) {
        in.mark(readLimit);
    }

    void reset() throws IOException {
        in.reset();
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
