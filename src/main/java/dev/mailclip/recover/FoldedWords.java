package dev.mailclip.recover;

import java.util.ArrayList;
import java.util.List;

/**
 * Looks for a few words in text fed to it piece by piece, as a cheap test before a regex over a whole text:
 * each character compared as a {@code (?iu)} regex compares it (by {@code toLowerCase(toUpperCase(c))}), and
 * white space, control characters and the characters jsoup leaves out of an element's text (zero-width space,
 * soft hyphen) passed over. So it misses no occurrence of a word that such a regex finds, also across the
 * pieces and in a rendering of them that evens out or adds white space ("sent you" is looked for as "sentyou").
 */
final class FoldedWords {
    /** for each ASCII character, the words that end with it (null: none) */
    private final List<String>[] endingWith;
    /** the last characters fed, folded, as a ring whose size is a power of two */
    private final char[] recent;
    private final int mask;
    private int fed;
    private boolean found;

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
            longest = Math.max(longest, word.length());
        }
        recent = new char[Integer.highestOneBit(longest) * 2];
        mask = recent.length - 1;
    }

    /** Feeds the next piece; true once one of the words has been seen. */
    boolean feed(CharSequence piece) {
        for (int i = 0; i < piece.length() && !found; i++) {
            char raw = piece.charAt(i);
            char c;
            if (raw < 0x80) {
                if (raw <= ' ') {
                    continue;
                }
                c = raw >= 'A' && raw <= 'Z' ? (char) (raw + 32) : raw;
            } else {
                if (raw == '\u00A0' || raw == '\u00AD' || raw == '\u200B' || Character.isWhitespace(raw)
                        || Character.isSpaceChar(raw)) {
                    continue;
                }
                c = Character.toLowerCase(Character.toUpperCase(raw));
            }
            recent[fed++ & mask] = c;
            List<String> candidates = c < 0x80 ? endingWith[c] : null;
            if (candidates != null) {
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
