package dev.mailclip.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of a multipart body lie in its bytes, found as Jakarta Mail's {@code MimeMultipart.parse} finds them
 * over a shared stream, for {@link InPlaceMultipart}: the same lines read for the preamble and each part's header block
 * (Jakarta Mail's line ends, {@link InPlaceMessage.Bytes#nextLine}), the same Boyer-Moore search for the delimiter with
 * its own tables and shifts, the same tests around a match (a line end before it, or the part's first byte; then "--",
 * or spaces and tabs and a line end), the same part ends (before the line end that precedes the delimiter). Only a body
 * whose delimiters are all there is split here: for one without its first delimiter or its closing one, or whose last
 * part's header block never ends, there is no split, and Jakarta Mail parses it itself (with its exceptions, and
 * {@code isComplete} false). {@code InPlaceMultipartTest} holds it to Jakarta Mail on random bodies.
 *
 * @param parts    each part's first and end index in the array, its header block included
 * @param preamble the preamble's non-empty lines, each ended by the line separator, or null
 */
record MultipartSplit(List<int[]> parts, String preamble) {
    /**
     * @param delimiter "--" and the boundary, in ISO-8859-1
     * @return the split of {@code buf[from, to)}, or null when Jakarta Mail must parse it
     */
    static MultipartSplit of(byte[] buf, int from, int to, byte[] delimiter) {
        int bl = delimiter.length;
        int p = from;
        StringBuilder preamble = null;
        while (true) { // the preamble, to the first delimiter line
            if (p >= to) {
                return null; // no first delimiter
            }
            int end = InPlaceMessage.Bytes.lineEnd(buf, p, to);
            int next = InPlaceMessage.Bytes.nextLine(buf, end, to);
            int trimmed = end;
            while (trimmed > p && (buf[trimmed - 1] == ' ' || buf[trimmed - 1] == '\t')) {
                trimmed--;
            }
            int length = trimmed - p;
            if (length >= bl && startsWith(buf, p, delimiter)) {
                if (length == bl) {
                    p = next;
                    break;
                }
                if (length == bl + 2 && buf[p + bl] == '-' && buf[p + bl + 1] == '-') {
                    return null; // a closing delimiter first: no part
                }
            }
            if (length > 0) {
                preamble = preamble == null ? new StringBuilder(length + 2) : preamble;
                preamble.append(new String(buf, p, length, StandardCharsets.ISO_8859_1)).append(System.lineSeparator());
            }
            p = next;
        }
        int[] badCharacter = badCharacterShifts(delimiter);
        int[] goodSuffix = goodSuffixShifts(delimiter);
        List<int[]> parts = new ArrayList<>();
        while (true) {
            int partStart = p;
            while (true) { // the part's header block, to its empty line
                if (p >= to) {
                    return null; // the part never reaches its content
                }
                int end = InPlaceMessage.Bytes.lineEnd(buf, p, to);
                boolean empty = end == p;
                p = InPlaceMessage.Bytes.nextLine(buf, end, to);
                if (empty) {
                    break;
                }
            }
            int contentStart = p;
            while (true) { // the content, to the next delimiter
                if (p + bl > to) {
                    return null; // no closing delimiter
                }
                int i = bl - 1;
                while (i >= 0 && buf[p + i] == delimiter[i]) {
                    i--;
                }
                if (i < 0) {
                    int eolLength = 0;
                    if (p > contentStart) {
                        byte before = buf[p - 1];
                        if (before == '\r' || before == '\n') {
                            eolLength = before == '\n' && p - contentStart >= 2 && buf[p - 2] == '\r' ? 2 : 1;
                        }
                    }
                    if (p == contentStart || eolLength > 0) {
                        int q = p + bl;
                        int after = q < to ? buf[q++] : -1;
                        if (after == '-' && q < to && buf[q] == '-') {
                            parts.add(new int[] {partStart, p - eolLength});
                            return new MultipartSplit(parts, preamble == null ? null : preamble.toString());
                        }
                        while (after == ' ' || after == '\t') {
                            after = q < to ? buf[q++] : -1;
                        }
                        if (after == '\n' || after == '\r') {
                            parts.add(new int[] {partStart, p - eolLength});
                            p = after == '\r' && q < to && buf[q] == '\n' ? q + 1 : q;
                            break;
                        }
                    }
                    i = 0;
                }
                p += Math.max(i + 1 - badCharacter[buf[p + i] & 0xff], goodSuffix[i]);
            }
        }
    }

    private static boolean startsWith(byte[] buf, int at, byte[] prefix) {
        return java.util.Arrays.equals(buf, at, at + prefix.length, prefix, 0, prefix.length);
    }

    /** Jakarta Mail's bad character table: for each byte, its last index in the delimiter plus one */
    private static int[] badCharacterShifts(byte[] delimiter) {
        int[] shifts = new int[256];
        for (int i = 0; i < delimiter.length; i++) {
            shifts[delimiter[i] & 0xff] = i + 1;
        }
        return shifts;
    }

    /** Jakarta Mail's good suffix table, computed as it computes it */
    private static int[] goodSuffixShifts(byte[] delimiter) {
        int bl = delimiter.length;
        int[] shifts = new int[bl];
        next:
        for (int i = bl; i > 0; i--) {
            int j;
            for (j = bl - 1; j >= i; j--) {
                if (delimiter[j] == delimiter[j - i]) {
                    shifts[j - 1] = i;
                } else {
                    continue next;
                }
            }
            while (j > 0) {
                shifts[--j] = i;
            }
        }
        shifts[bl - 1] = 1;
        return shifts;
    }
}
