package dev.mailclip.mail;

import org.eclipse.angus.mail.util.ASCIIUtility;

import java.util.Arrays;

/**
 * Quoted-printable decoding of a part's bytes in memory: what Angus's {@code QPDecoderStream} reads from
 * them, byte for byte, its tolerance of broken input included (spaces before a line end dropped, a soft
 * break of LF or CR alone, an escape that is no hex number kept as it stands, and the stream's own quirks:
 * the byte it pushes back for the end of input, "=-5" read by its number parser as -5), without a virtual
 * call and a pushback stream per byte (a sixth of the MIME walk on real mail). Its soft breaks are skipped
 * in a loop, where the stream recursed once per break. {@code QuotedPrintableTest} holds the two to the same
 * output.
 */
final class QuotedPrintable {
    private final byte[] in;
    private int pos;
    /** where the encoded bytes end in {@code in} */
    private final int end;
    /** the stream's pushback buffer (two bytes), last in first out */
    private final int[] back = new int[2];
    private int backCount;
    /** spaces read ahead, still to be returned */
    private int spaces;

    private QuotedPrintable(byte[] in, int from, int to) {
        this.in = in;
        this.pos = from;
        this.end = to;
    }

    /** At most {@code limit} decoded bytes of {@code encoded}. */
    static byte[] decode(byte[] encoded, int limit) {
        return decode(encoded, 0, encoded.length, limit);
    }

    /** At most {@code limit} decoded bytes of the encoded bytes from {@code from} to {@code to} of {@code array}. */
    static byte[] decode(byte[] array, int from, int to, int limit) {
        QuotedPrintable qp = new QuotedPrintable(array, from, to);
        // every decoded byte takes at least one encoded byte, but for the one pushed back at the end
        byte[] out = new byte[(int) Math.min(limit, to - from + 2L)];
        int n = 0;
        int c;
        while (n < out.length && (c = qp.read()) != -1) {
            out[n++] = (byte) c;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private int read() {
        while (true) {
            if (spaces > 0) {
                spaces--;
                return ' ';
            }
            int c = raw();
            if (c == ' ') {
                while ((c = raw()) == ' ') {
                    spaces++;
                }
                if (c == '\r' || c == '\n' || c == -1) {
                    spaces = 0; // trailing spaces are transport junk: the line end (or the end) instead
                } else {
                    unread(c);
                    c = ' ';
                }
                return c;
            }
            if (c != '=') {
                return c;
            }
            int a = raw();
            if (a == '\n') {
                continue; // a soft break
            }
            if (a == '\r') {
                int b = raw();
                if (b != '\n') {
                    unread(b);
                }
                continue; // a soft break
            }
            if (a == -1) {
                return -1;
            }
            byte[] escape = {(byte) a, (byte) raw()};
            try {
                return ASCIIUtility.parseInt(escape, 0, 2, 16);
            } catch (NumberFormatException e) {
                unread(escape[1]);
                unread(escape[0]);
                return c;
            }
        }
    }

    private int raw() {
        if (backCount > 0) {
            return back[--backCount];
        }
        return pos < end ? in[pos++] & 0xFF : -1;
    }

    /** As PushbackInputStream.unread(int): the low byte, so the end of input (-1) comes back as 0xFF. */
    private void unread(int b) {
        back[backCount++] = b & 0xFF;
    }
}
