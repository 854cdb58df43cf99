package dev.mailclip.forward;

/**
 * Evens out what differs between clients but means nothing to the forward scanner: CRLF and CR line
 * ends, byte-order marks, no-break and zero-width spaces, bidi marks around right-to-left labels.
 */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalise(String text) {
        // a char array, not a StringBuilder: this runs over every message's whole text
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out[n++] = '\n';
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u00A0', '\u202F', '\u2007' -> out[n++] = ' ';
                case '\uFEFF', '\u200B', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
                        '\u2066', '\u2067', '\u2068', '\u2069' -> {
                    // invisible: BOM, zero-width space, bidi controls
                }
                default -> out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }
}
