package dev.mailclip.recover;

import org.jsoup.nodes.Element;

/**
 * Finds elements by the class names of known markup whatever prefix a mail client added:
 * Gmail prefixes every pasted class with {@code gmail-}, Outlook on the web then with {@code x_}.
 */
public final class Markup {
    private Markup() {
    }

    /** True when the element has the class {@code name}, bare or behind client prefixes. */
    public static boolean hasClass(Element el, String name) {
        for (String cls : el.classNames()) {
            if (unprefixed(cls).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** "x_gmail-reader-title" → "reader-title": Outlook's x_ and Gmail's gmail- taken off. */
    static String unprefixed(String cls) {
        String s = cls;
        while (s.startsWith("x_")) {
            s = s.substring(2);
        }
        if (s.startsWith("gmail-") || s.startsWith("gmail_")) {
            s = s.substring(6);
        }
        return s;
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
        for (Element el : root.getElementsByAttribute("class")) {
            if (hasClass(el, name)) {
                return el;
            }
        }
        return null;
    }
}
