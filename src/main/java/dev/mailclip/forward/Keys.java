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
        String lower = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
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
}
