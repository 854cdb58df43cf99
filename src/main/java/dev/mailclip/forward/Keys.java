package dev.mailclip.forward;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds labels, phrases and month names to comparison keys: case, accents, compatibility forms
 * (full-width letters) and apostrophe variants do not matter. Both sides of every lookup go
 * through here, so the folding never has to be reversible.
 */
final class Keys {
    private Keys() {
    }

    static String of(String s) {
        // ASCII is its own NFKC and NFD form: most lines skip the two normalisations (this runs on
        // every short line of every message, looking for separators)
        String decomposed = isAscii(s) ? s.toLowerCase(Locale.ROOT) : Normalizer.normalize(
                Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                c = '\'';
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * What the keys of one table look like from outside: their longest length and their first letters. An
     * ASCII string folds to lower case with its spaces collapsed, so it cannot be any of them when it has more
     * letters than the longest or starts with a letter none starts with: {@link #rulesOut} says so without
     * folding it (this runs on every short line of every message). Any other string is never ruled out.
     */
    static final class Shape {
        private final int maxLength;
        private final boolean[] firsts = new boolean[128];

        Shape(java.util.Collection<String> keys) {
            int max = 0;
            for (String key : keys) {
                max = Math.max(max, key.length());
                if (!key.isEmpty() && key.charAt(0) < 128) {
                    firsts[key.charAt(0)] = true;
                }
            }
            this.maxLength = max;
        }

        boolean rulesOut(String s) {
            int letters = 0;
            char first = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    return false;
                }
                if (!Character.isWhitespace(c)) {
                    if (letters++ == 0) {
                        first = c;
                    }
                    if (letters > maxLength) {
                        return true;
                    }
                }
            }
            if (letters == 0) {
                return false;
            }
            char folded = first == '`' ? '\'' : Character.toLowerCase(first);
            return !firsts[folded];
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
