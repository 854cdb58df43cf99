package dev.mailclip.sink.markdown;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Turns titles into file names safe on every common file system: no path separators or "..",
 * no control or reserved characters, no Windows device names (CON, NUL, COM1...), no trailing dots
 * or spaces, at most {@link #MAX_BYTES} bytes of UTF-8.
 */
public final class FileNames {
    public static final int MAX_BYTES = 120;
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private FileNames() {
    }

    /** A safe name made of {@code text}; {@code fallback} when nothing usable is left. */
    public static String safe(String text, String fallback) {
        if (text == null) {
            return fallback;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean bad = Character.isISOControl(cp) || "/\\:*?\"<>|#%{}^~[]`".indexOf(cp) >= 0
                    || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.SURROGATE;
            if (bad) {
                if (!dash && b.length() > 0) {
                    b.append('-');
                    dash = true;
                }
            } else {
                b.appendCodePoint(cp);
                dash = false;
            }
        }
        String name = trimEnds(b.toString());
        name = truncateUtf8(name, MAX_BYTES);
        name = trimEnds(name);
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            return fallback;
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }

    private static String trimEnds(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '-' || s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Cuts at a code point boundary so the UTF-8 form fits. */
    static String truncateUtf8(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > maxBytes) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
