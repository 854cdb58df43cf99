package dev.mailclip.forward;

/**
 * Evens out what differs between clients but means nothing to the forward scanner: CRLF and CR line
 * ends, byte-order marks, no-break and zero-width spaces, bidi marks around right-to-left labels.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalise(String text) {
        return isNormal(text) ? text : renormalise(text); // most text needs no copy
    }

    static String renormalise(String text) {
        // a char array, not a StringBuilder: this runs over every message's whole text
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out[n++] = '\n';
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isSpace(c)) {
                out[n++] = ' ';
            } else if (!isInvisible(c)) {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** Whether {@link #normalise} gives the text back as it is: no character it changes or drops. */
    static boolean isNormal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c >= '\u00A0' && (isSpace(c) || isInvisible(c))) {
                return false;
            }
        }
        return true;
    }

    /** no-break spaces: a space */
    private static boolean isSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** BOM, zero-width space, bidi controls: dropped */
    private static boolean isInvisible(char c) {
        return switch (c) {
            case '\uFEFF', '\u200B', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                    '\u2066', '\u2067', '\u2068', '\u2069' -> true;
            default -> false;
        };
    }
}
