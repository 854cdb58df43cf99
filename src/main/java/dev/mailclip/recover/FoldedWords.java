package dev.mailclip.recover;

import java.util.ArrayList;
import java.util.List;

/**
 * A few words to look for in text fed piece by piece, as a cheap test before a regex over a whole text:
 * each character compared as a {@code (?iu)} regex compares it (by {@code toLowerCase(toUpperCase(c))}), and
 * white space, control characters and the characters jsoup leaves out of an element's text (zero-width space,
 * soft hyphen) passed over. So a {@link Scan} misses no occurrence of a word that such a regex finds, also
 * across the pieces and in a rendering of them that evens out or adds white space ("sent you" is looked for
 * as "sentyou"). The words are indexed once; each text gets a scan of its own.
 */
final class FoldedWords {
    /** what {@link #FOLDED} holds for a character passed over */
    private static final char PASSED_OVER = 0;
    /**
     * Each character as it is compared, or {@link #PASSED_OVER}: a table made once, as the Unicode case mappings
     * and white space tests cost a call each per character of every HTML body's text (spam in Korean or Chinese).
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            FOLDED[i] = fold((char) i);
        }
    }

    /** The character as a {@code (?iu)} regex compares it; {@link #PASSED_OVER} for white space and what jsoup leaves out. */
    private static char fold(char raw) {
        if (raw < 0x80) {
            return raw <= ' ' ? PASSED_OVER : raw >= 'A' && raw <= 'Z' ? (char) (raw + 32) : raw;
        }
        if (raw == '\u00A0' || raw == '\u00AD' || raw == '\u200B' || Character.isWhitespace(raw)
                || Character.isSpaceChar(raw)) {
            return PASSED_OVER;
        }
        return Character.toLowerCase(Character.toUpperCase(raw));
    }

    /** for each ASCII character, the words that end with it (null: none) */
    private final List<String>[] endingWith;
    /**
     * Whether ASCII character {@code p} stands before ASCII character {@code c} at the end of some word, at index
     * {@code c << 7 | p}: a common letter that ends words ("e" of "article") is mostly not preceded by what they
     * need, and one look at the character before it spares comparing every word.
     */
    private final boolean[] before = new boolean[128 * 128];
    /** for each ASCII character, whether it is a word by itself (then any character may stand before it) */
    private final boolean[] alone = new boolean[128];
    /** a power of two at least as long as the longest word: the size of a scan's ring */
    private final int ring;

    /** @param words ASCII, lower case, without white space, non-empty */
    @SuppressWarnings("unchecked")
    FoldedWords(List<String> words) {
        endingWith = new List[128];
        int longest = 1;
        for (String word : words) {
            char last = word.charAt(word.length() - 1);
            if (endingWith[last] == null) {
                endingWith[last] = new ArrayList<>();
            }
            endingWith[last].add(word);
            if (word.length() == 1) {
                alone[last] = true;
            } else {
                before[last << 7 | word.charAt(word.length() - 2)] = true;
            }
            longest = Math.max(longest, word.length());
        }
        ring = Integer.highestOneBit(longest) * 2;
    }

    /** A look for the words through one text. */
    Scan scan() {
        return new Scan();
    }

    final class Scan {
        /** the last characters fed, folded, as a ring */
        private final char[] recent = new char[ring];
        private final int mask = ring - 1;
        private int fed;
        private boolean found;

        private Scan() {
        }

        /** Feeds the next piece; true once one of the words has been seen. */
        boolean feed(CharSequence piece) {
            for (int i = 0; i < piece.length() && !found; i++) {
                char c = FOLDED[piece.charAt(i)];
                if (c == PASSED_OVER) {
                    continue;
                }
                recent[fed++ & mask] = c;
                List<String> candidates = c < 0x80 ? endingWith[c] : null;
                if (candidates != null && mayEndHere(c)) {
                    for (String word : candidates) {
                        if (endsWith(word)) {
                            found = true;
                            break;
                        }
                    }
                }
            }
            return found;
        }

        boolean found() {
            return found;
        }

        /** Whether the character fed before {@code last} may stand before it in a word (only ASCII ever does). */
        private boolean mayEndHere(char last) {
            if (fed < 2 || alone[last]) {
                return true; // a word of one character, or too little fed for longer ones: endsWith tells
            }
            char previous = recent[(fed - 2) & mask];
            return previous < 0x80 && before[last << 7 | previous];
        }

        private boolean endsWith(String word) {
            if (fed < word.length()) {
                return false;
            }
            for (int k = 2; k <= word.length(); k++) {
                if (recent[(fed - k) & mask] != word.charAt(word.length() - k)) {
                    return false;
                }
            }
            return true;
        }
    }
}
