package dev.mailclip.recover;

import dev.mailclip.mail.HtmlBlocks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Set;

/**
 * Renders HTML as clean text: one paragraph per block element, paragraphs separated by one blank
 * line, whitespace inside a paragraph collapsed (Firefox's 72-column line breaks vanish), {@code <br>}
 * kept as a line break. Images, scripts and styles give no text.
 */
final class HtmlText {
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    public static String of(Element root) {
        Renderer r = new Renderer();
        NodeTraversor.filter(r, root);
        return r.finish();
    }

    /** Normalises text: no-break and odd spaces to plain spaces, lines trimmed, at most one blank line. */
    public static String tidy(String text) {
        return isTidy(text) ? text : retidy(text);
    }

    /**
     * Whether {@link #tidy} gives the text back as it is (no copy made then): every line either empty, between
     * two lines that are not, or without a character trimmed at its ends, and no character replaced or dropped.
     */
    static boolean isTidy(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (trimmed(text.charAt(0)) || trimmed(text.charAt(text.length() - 1))) {
            return false; // most text of a part: a line end last, told before any scan
        }
        int lineStart = 0;
        boolean lastEmpty = true; // a first line that is empty is dropped
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c != '\n') {
                if (replacedOrDropped(c)) {
                    return false;
                }
                continue;
            }
            boolean empty = i == lineStart;
            if (empty ? lastEmpty || i == text.length() && i > 0
                    : trimmed(text.charAt(lineStart)) || trimmed(text.charAt(i - 1))) {
                return false;
            }
            lastEmpty = empty;
            lineStart = i + 1;
        }
        return true;
    }

    static String retidy(String text) {
        // lines found with indexOf and copied in runs: this runs on most messages' whole text, and a copy of it
        // to a char array and back was most of its cost (a Latin-1 string is widened, then narrowed again)
        boolean marks = hasReplacedOrDropped(text);
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (int lineStart = 0; lineStart <= text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int start = lineStart;
            int end = lineEnd;
            lineStart = lineEnd + 1;
            while (start < end && trimmed(text.charAt(start))) {
                start++;
            }
            while (end > start && trimmed(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
                if (blank > 0) {
                    out.append('\n');
                }
            }
            if (marks) {
                appendReplacingMarks(text, start, end, out);
            } else {
                out.append(text, start, end);
            }
            blank = 0;
        }
        return out.toString();
    }

    /** Every character tidying replaces or drops ({@link #replacedOrDropped}), found once among all of them. */
    private static final char[] MARKS = java.util.stream.IntStream.rangeClosed(0, Character.MAX_VALUE)
            .filter(c -> replacedOrDropped((char) c)).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                    StringBuilder::append).toString().toCharArray();

    /** Whether the text holds a character that tidying replaces or drops (indexOf: none of them is in a Latin-1 string but the no-break space). */
    private static boolean hasReplacedOrDropped(String text) {
        for (char mark : MARKS) {
            if (text.indexOf(mark) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The line's characters from start to end, no-break spaces as spaces and invisible marks dropped. */
    private static void appendReplacingMarks(String text, int start, int end, StringBuilder out) {
        int run = start; // the first character not yet copied
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (replacedOrDropped(c)) {
                out.append(text, run, k);
                if (!invisible(c)) {
                    out.append(' ');
                }
                run = k + 1;
            }
        }
        out.append(text, run, end);
    }

    /**
     * The text with the spaces before and after each line break dropped: what replacing {@code " *\n *"} by a line
     * break gives, the runs between breaks copied whole (a regex tried a match at every character: a sixth of the
     * rendering of HTML mail, whose {@code <br>} make such breaks).
     */
    static String withoutSpacesAroundBreaks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
            int end = nl;
            while (end > from && text.charAt(end - 1) == ' ') {
                end--;
            }
            out.append(text, from, end).append('\n');
            from = nl + 1;
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Dropped wherever it stands. */
    private static boolean invisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\ufeff';
    }

    /** The no-break spaces that become spaces, and the invisible marks that are dropped. */
    private static boolean replacedOrDropped(char c) {
        return c == '\u00a0' || c == '\u202f' || invisible(c);
    }

    /** Cut from a line's ends: whitespace, the no-break spaces that become spaces, and invisible marks. */
    private static boolean trimmed(char c) {
        return c == ' ' || replacedOrDropped(c) || Character.isWhitespace(c);
    }

    /**
     * Appends the text with each run of white space made one space (none at a paragraph's or a line's start, none after
     * a space). A single space between two characters that are kept is kept with them: a run of words is one append
     * (appended word by word, the appends were a third of the rendering).
     */
    static void appendCollapsed(StringBuilder para, String text) {
        int run = -1; // where the characters to copy as they are began
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length()) {
                char c = text.charAt(i);
                if (!collapses(c)) {
                    run = run < 0 ? i : run;
                    continue;
                }
                if (c == ' ' && run >= 0 && i + 1 < text.length() && !collapses(text.charAt(i + 1))) {
                    continue; // what a collapsed run would give: the run ends in a kept character, so one space follows
                }
            }
            if (run >= 0) {
                para.append(text, run, i);
                run = -1;
            }
            if (i < text.length() && para.length() > 0 && para.charAt(para.length() - 1) != ' '
                    && para.charAt(para.length() - 1) != '\n') {
                para.append(' ');
            }
        }
    }

    private static boolean collapses(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private static final class Renderer implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder para = new StringBuilder();
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (HtmlBlocks.INVISIBLE.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY; // nothing under it is read: not walked either
                }
                if (HtmlBlocks.BLOCKS.contains(tag)) {
                    endParagraph();
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                } else if (tag.equals("br")) {
                    trimTrailingSpace();
                    para.append('\n');
                } else if (CELLS.contains(tag) && para.length() > 0) {
                    para.append(' ');
                }
            } else if (node instanceof TextNode tn) {
                if (preDepth > 0) {
                    para.append(tn.getWholeText());
                } else {
                    appendCollapsed(para, tn.getWholeText());
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && HtmlBlocks.BLOCKS.contains(el.normalName())) {
                endParagraph();
                if (el.normalName().equals("pre")) {
                    preDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void trimTrailingSpace() {
            while (para.length() > 0 && para.charAt(para.length() - 1) == ' ') {
                para.setLength(para.length() - 1);
            }
        }

        private void endParagraph() {
            String p = para.toString().strip();
            para.setLength(0);
            if (!p.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(p.indexOf('\n') < 0 ? p : withoutSpacesAroundBreaks(p));
            }
        }

        String finish() {
            endParagraph();
            return tidy(out.toString());
        }
    }
}
