package dev.mailclip.forward;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
     * A table of folded keys that an ASCII string is looked up in without being folded: its characters,
     * lower-cased and with their runs of white space made one space as {@link #of} does, walk a trie of all
     * the keys, and most strings leave it within a few characters (this runs on every short line of every
     * message, looking for separators and labels, all languages' at once). A string that reaches a character
     * past ASCII inside the trie is folded and looked up by its key; one that leaves the trie before any such
     * character is no key, since folding never changes the ASCII before a character (a combining accent drops
     * out again, whatever it composed with). So the answer is always {@code keys.get(Keys.of(s))}.
     */
    static final class Table<V> {
        private final Map<String, V> byKey;
        private final Node<V> root = new Node<>();

        /** @param byKey the values by their keys, each key as {@link #of} made it */
        Table(Map<String, V> byKey) {
            this.byKey = Map.copyOf(byKey);
            this.byKey.forEach((key, value) -> {
                Node<V> node = root;
                for (int i = 0; i < key.length(); i++) {
                    node = node.child(key.charAt(i));
                }
                node.value = value;
            });
        }

        V get(String s) {
            Node<V> node = root;
            boolean space = false;
            boolean letters = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    return byKey.get(of(s)); // case and accents of other scripts: fold it whole
                }
                if (Character.isWhitespace(c)) {
                    space = letters;
                    continue;
                }
                if (space) {
                    node = node.next(' ');
                    space = false;
                    if (node == null) {
                        return null;
                    }
                }
                node = node.next(c == '`' ? '\'' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                if (node == null) {
                    return null;
                }
                letters = true;
            }
            return node.value;
        }

        Set<String> keys() {
            return byKey.keySet();
        }

        /**
         * Whether a key starts where character {@code from} of a text folds to, the first {@code skip} characters of
         * its fold left out, the text read as {@link #squeezed} (squeezed keys) without making that string.
         */
        boolean keyAtSqueezed(CharSequence s, int from, int skip) {
            Node<V> node = root;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (isLeftOut(c)) {
                        continue;
                    }
                    node = node.next(squeezedAscii(c));
                    if (node == null || node.value != null) {
                        return node != null;
                    }
                } else {
                    String folded = squeezedFold(c);
                    for (int k = i == from ? skip : 0; k < folded.length(); k++) {
                        node = node.next(folded.charAt(k));
                        if (node == null || node.value != null) {
                            return node != null;
                        }
                    }
                }
            }
            return false;
        }
    }

    /** A node of the trie: its children by character, in a short list (few keys share a prefix). */
    private static final class Node<V> {
        private char[] chars = new char[0];
        private Object[] children = new Object[0];
        private V value;

        @SuppressWarnings("unchecked")
        Node<V> next(char c) {
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] == c) {
                    return (Node<V>) children[i];
                }
            }
            return null;
        }

        Node<V> child(char c) {
            Node<V> node = next(c);
            if (node == null) {
                node = new Node<>();
                chars = Arrays.copyOf(chars, chars.length + 1);
                children = Arrays.copyOf(children, children.length + 1);
                chars[chars.length - 1] = c;
                children[children.length - 1] = node;
            }
            return node;
        }
    }

    /** each character past ASCII as {@link #squeezed} folds it, made when first met */
    private static final String[] SQUEEZED = new String[Character.MAX_VALUE + 1];

    /**
     * A text folded character by character as {@link #of} folds it, with white space, format characters (zero-width
     * and bidi marks, soft hyphens) and asterisks left out: for a text made of the lines a key is looked up in, a
     * key's squeezed form is in the squeezed text wherever the key is one of those lines' keys, whatever markup,
     * white space or bold marks stood between its letters. Folding a character alone folds it as within a
     * string: {@code KeysTest} holds the vocabulary to it.
     */
    static String squeezed(CharSequence s) {
        // into a char array, not a StringBuilder: the needles are squeezed once, the texts read as squeezed in place
        char[] out = new char[s.length()];
        int o = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (!isLeftOut(c)) {
                    out[o++] = squeezedAscii(c);
                }
            } else {
                String folded = squeezedFold(c);
                // room for this fold and one character for each left: a character folds to more only out of ASCII
                int room = o + folded.length() + s.length() - i - 1;
                if (room > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(2 * out.length, room));
                }
                folded.getChars(0, folded.length(), out, o);
                o += folded.length();
            }
        }
        return new String(out, 0, o);
    }

    /** Whether {@link #squeezed} leaves out an ASCII character: white space, a control character, an asterisk. */
    static boolean isLeftOut(char c) {
        return isSqueezedOut(c) || c == '*';
    }

    /** An ASCII character that is not left out, as {@link #squeezed} folds it. */
    static char squeezedAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c;
    }

    /** A character past ASCII as {@link #squeezed} folds it: none, one or more characters. */
    static String squeezedFold(char c) {
        String folded = SQUEEZED[c];
        if (folded == null) {
            folded = squeezedChar(c);
            SQUEEZED[c] = folded; // a String is immutable: a racing thread sees it whole or makes its own
        }
        return folded;
    }

    private static String squeezedChar(char c) {
        return isSqueezedOut(c) ? "" : of(String.valueOf(c)).replace(" ", "").replace("*", "");
    }

    /** What {@link #squeezed} leaves out besides asterisks: white space, control and format characters, surrogates. */
    static boolean isSqueezedOut(char c) {
        if (c < 0x80) {
            return c <= ' ';
        }
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT || type == Character.CONTROL
                || Character.isSurrogate(c);
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
