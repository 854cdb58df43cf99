package dev.mailclip.recover;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds elements by the class names of known markup whatever prefix a mail client added:
 * Gmail prefixes every pasted class with {@code gmail-}, Outlook on the web then with {@code x_}.
 */
final class Markup {
    private Markup() {
    }

    /**
     * True when the element has the class {@code name}, bare or behind client prefixes. Reads the
     * class attribute in place, splitting where jsoup's {@code classNames()} splits ({@code \\s+}),
     * without building its set: this runs for every classed element, several times a message.
     */
    public static boolean hasClass(Element el, String name) {
        String classes = el.className();
        int i = 0;
        int n = classes.length();
        while (i < n) {
            while (i < n && isClassSeparator(classes.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isClassSeparator(classes.charAt(i))) {
                i++;
            }
            int bare = unprefixedStart(classes, start, i);
            if (i - bare == name.length() && classes.regionMatches(bare, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** The characters of regex {@code \\s}, on which jsoup splits a class attribute. */
    private static boolean isClassSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /**
     * Where the class name in {@code s[start, end)} begins without its client prefixes:
     * "x_gmail-reader-title" → "reader-title" (Outlook's x_, any number of them, then Gmail's gmail-).
     */
    private static int unprefixedStart(String s, int start, int end) {
        int i = start;
        while (end - i >= 2 && s.startsWith("x_", i)) {
            i += 2;
        }
        if (end - i >= 6 && (s.startsWith("gmail-", i) || s.startsWith("gmail_", i))) {
            i += 6;
        }
        return i;
    }

    /** The nearest ancestor (or the element itself) with the class {@code name}, or null. */
    public static Element closest(Element el, String name) {
        for (Element p = el; p != null; p = p.parent()) {
            if (hasClass(p, name)) {
                return p;
            }
        }
        return null;
    }

    /** The first element, in document order, with the class {@code name} (see {@link #hasClass}). */
    public static Element first(Element root, String name) {
        return root.selectFirst(new HasClass(name)); // stops at the first match, collects no list
    }

    /**
     * For each name, the first element in document order with that class, or null: as {@link #first} for each, in
     * one walk over the tree (a message without the markup is walked once, not once a name).
     */
    public static Element[] firsts(Element root, String... names) {
        Element[] found = new Element[names.length];
        int[] missing = {names.length};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el && el.hasAttr("class")) {
                    for (int i = 0; i < names.length; i++) {
                        if (found[i] == null && hasClass(el, names[i])) {
                            found[i] = el;
                            missing[0]--;
                        }
                    }
                }
                return missing[0] == 0 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return found;
    }

    private static final class HasClass extends Evaluator {
        private final String name;

        HasClass(String name) {
            this.name = name;
        }

        @Override
        public boolean matches(Element root, Element el) {
            return el.hasAttr("class") && hasClass(el, name);
        }
    }
}
