package dev.mailclip.forward;

import dev.mailclip.mail.HtmlBlocks;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an HTML body to the lines a reader sees (blocks and {@code <br>} break lines, {@code <hr>}
 * becomes a rule line, table cells share a line), remembering for each line the last DOM node that
 * went into it, so that a header block found in the lines can be cut out of the DOM.
 */
final class HtmlLines {
    /** A rule line stands for {@code <hr>}: Outlook on the web puts one above its header block. */
    static final String RULE = "________________________________";
    /** Only the first lines inside forward markup are hinted: the header sits at its top. */
    private static final int HINTED_LINES = 12;
    /** no element is forward markup: every line plain */
    static final Evaluator NO_MARKUP = new Evaluator() {
        @Override
        public boolean matches(Element root, Element element) {
            return false;
        }
    };

    /**
     * The rendering.
     *
     * @param lines     the lines, in reading order
     * @param lastNodes for each line, the last node that contributed to it
     */
    record Rendered(List<Line> lines, List<Node> lastNodes) {
    }

    private HtmlLines() {
    }

    /**
     * Renders {@code root}; text inside an element the {@code markup} evaluator matches (forward markup) yields
     * hinted lines. The markup is matched as the elements are rendered: one walk over the document, not two.
     */
    static Rendered render(Element root, Evaluator markup) {
        Renderer renderer = new Renderer(root, markup);
        NodeTraversor.filter(renderer, root);
        renderer.endLine(false);
        return new Rendered(renderer.lines, renderer.lastNodes);
    }

    private static final class Renderer implements NodeFilter {
        private final Element root;
        private final Evaluator markup;
        /** the forward markup elements open around the node in hand, innermost last */
        private final List<Element> openMarkers = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Node> lastNodes = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Node lastNode;
        private boolean hinted;
        /** the line so far holds only the white space of a text node: a "&nbsp;" paragraph */
        private boolean spacer;
        private int markerStartLine;
        private int openPre;

        Renderer(Element root, Evaluator markup) {
            this.root = root;
            this.markup = markup;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (HtmlBlocks.INVISIBLE.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (markup.matches(root, element)) {
                    if (openMarkers.isEmpty()) {
                        markerStartLine = lines.size();
                    }
                    openMarkers.add(element);
                }
                switch (tag) {
                    case "br" -> {
                        lastNode = element;
                        endLine(true);
                    }
                    case "hr" -> {
                        endLine(false);
                        lines.add(Line.plain(RULE));
                        lastNodes.add(element);
                    }
                    case "td", "th" -> {
                        if (current.length() > 0) {
                            current.append(' ');
                        }
                    }
                    case "pre" -> {
                        endLine(false);
                        openPre++;
                    }
                    default -> {
                        if (HtmlBlocks.BLOCKS.contains(tag)) {
                            endLine(false);
                        }
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (HtmlBlocks.BLOCKS.contains(tag)) {
                    lastNode = element;
                    // a paragraph of "&nbsp;" alone is a blank line: Outlook's between a forward's header and body
                    endLine(spacer && current.length() == 0);
                }
                if ("pre".equals(tag)) {
                    openPre--;
                }
                if (!openMarkers.isEmpty() && openMarkers.get(openMarkers.size() - 1) == element) {
                    openMarkers.remove(openMarkers.size() - 1);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(TextNode text) {
            String whole = TextNormalizer.normalise(text.getWholeText());
            if (openPre > 0) {
                String[] parts = whole.split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        lastNode = text;
                        endLine(true);
                    }
                    append(parts[i], text);
                }
                return;
            }
            if (current.length() == 0 && whole.isBlank() && text.getWholeText().indexOf('\u00a0') >= 0) {
                spacer = true;
            }
            appendCollapsed(whole, text);
        }

        /**
         * As {@code append(s)} of the text with each run of white space made one space: copied in runs straight into
         * the line (a string built per text node first was two thirds of the rendering).
         */
        private void appendCollapsed(String s, TextNode from) {
            if (s.isEmpty()) {
                return;
            }
            int run = -1; // where the characters to copy as they are began
            boolean space = false; // a run of white space read, its one space not yet added
            for (int i = 0; i <= s.length(); i++) {
                if (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                    if (run < 0) {
                        if (space) {
                            appendSpace();
                            space = false;
                        }
                        run = i;
                    }
                    continue;
                }
                if (run >= 0) {
                    current.append(s, run, i);
                    run = -1;
                }
                space |= i < s.length();
            }
            if (space) {
                appendSpace();
            }
            marked(from);
        }

        /** One space, but none at the line's start or after a space. */
        private void appendSpace() {
            if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                current.append(' ');
            }
        }

        private void append(String s, TextNode from) {
            if (s.isEmpty()) {
                return;
            }
            if (current.length() == 0 && s.charAt(0) == ' ') {
                s = s.substring(1);
            } else if (s.charAt(0) == ' ' && current.charAt(current.length() - 1) == ' ') {
                s = s.substring(1);
            }
            current.append(s);
            marked(from);
        }

        /** The line so far ends with text from this node, hinted when it stands in forward markup's first lines. */
        private void marked(TextNode from) {
            lastNode = from;
            if (!openMarkers.isEmpty() && lines.size() - markerStartLine < HINTED_LINES) {
                hinted = true;
            }
        }

        void endLine(boolean evenIfEmpty) {
            String line = current.toString();
            if (evenIfEmpty || !line.isBlank()) {
                // trailing spaces mean a format=flowed soft break in text; in HTML they mean nothing
                lines.add(new Line(line.stripTrailing(), hinted));
                lastNodes.add(lastNode);
            }
            current.setLength(0);
            hinted = false;
            spacer = false;
        }
    }
}
