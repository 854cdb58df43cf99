package dev.mailclip.mailbox;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The header block of a raw message, read without a MIME parser: where it ends, and its fields unfolded.
 * The one reader of raw headers for those that need a field before (or instead of) parsing: the mbox
 * reader (Gmail's labels and thread id, mboxcl2's Content-Length), the message identity of a message that
 * never became a record, and the MIME parser's header-size limit.
 */
public final class RawHeaders {

    /** One field: its name in lower case, its value unfolded and trimmed. */
    public record Field(String name, String value) {
    }

    private RawHeaders() {
    }

    /**
     * Bytes up to the blank line that ends the header block (the whole input when there is none): a line
     * feed followed by an empty line, LF or CRLF.
     */
    public static int length(byte[] bytes) {
        return length(bytes, bytes.length);
    }

    private static int length(byte[] bytes, int limit) {
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == '\n') {
                int j = i + 1;
                if (j < limit && bytes[j] == '\r') {
                    j++;
                }
                if (j < limit && bytes[j] == '\n') {
                    return i;
                }
            }
        }
        return limit;
    }

    /**
     * Whether a line among the first {@code end} bytes starts with one of {@code lowerAsciiPrefixes} (lower-case
     * ASCII), in any case, after any white space or control bytes (which {@link #fields} trims from a name):
     * every field whose name starts with one of them is such a line, so a reader that wants a field parses the
     * block only when this says it may be there.
     * Only line starts are compared: a field's name never stands anywhere else, while the values are most of a
     * block's bytes (a long {@code Received} chain).
     */
    public static boolean hasField(byte[] bytes, int end, String... lowerAsciiPrefixes) {
        int stop = Math.min(end, bytes.length);
        int i = 0;
        while (i < stop) {
            while (i < stop && bytes[i] != '\n' && bytes[i] >= 0 && bytes[i] <= ' ') {
                i++;
            }
            for (String prefix : lowerAsciiPrefixes) {
                if (startsAt(bytes, i, stop, prefix)) {
                    return true;
                }
            }
            while (i < stop && bytes[i] != '\n') {
                i++;
            }
            i++;
        }
        return false;
    }

    private static boolean startsAt(byte[] bytes, int at, int stop, String lowerAscii) {
        if (stop - at < lowerAscii.length()) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            if (lowerCase(bytes[at + k]) != lowerAscii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int lowerCase(byte b) {
        return b >= 'A' && b <= 'Z' ? b | 0x20 : b & 0xff;
    }

    /**
     * The fields of the header block among the first {@code maxBytes} bytes, in order, decoded with
     * {@code charset} (ISO-8859-1 keeps every byte; Takeout writes its labels in raw UTF-8).
     */
    public static List<Field> fields(byte[] bytes, int maxBytes, Charset charset) {
        int end = length(bytes, Math.min(bytes.length, maxBytes));
        String unfolded = new String(bytes, 0, end, charset).replaceAll("\r?\n(?=[ \t])", "");
        List<Field> fields = new ArrayList<>();
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.add(new Field(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim()));
            }
        }
        return fields;
    }

    /** The value of the first field of that name (lower case), or null. */
    public static String first(List<Field> fields, String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f.value();
            }
        }
        return null;
    }
}
