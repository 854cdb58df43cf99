package dev.mailclip.recover;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.regex.Pattern;

/** Steps through a part of a page in document order, one node at a time, so a walk can stop whenever it has seen enough. */
final class DocumentOrder {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DocumentOrder() {
    }

    /**
     * The element's text, white space collapsed, when it is shorter than {@code maxChars}; else null. Read no
     * further than that and {@code maxNodes} nodes, so an element holding a whole page costs a line, not the page.
     */
    static String shortText(Element e, int maxChars, int maxNodes) {
        StringBuilder out = new StringBuilder();
        int nodes = 0;
        for (Node n = e; n != null; n = next(n, e)) {
            if (n instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (n instanceof Element child && (child.isBlock() || child.normalName().equals("br"))) {
                out.append(' ');
            }
            if (out.length() > 2 * maxChars || ++nodes > maxNodes) {
                return null;
            }
        }
        String text = SPACES.matcher(out).replaceAll(" ").strip();
        return text.length() < maxChars ? text : null;
    }

    /** The node after {@code n} in document order within {@code root}, or null past its end. */
    static Node next(Node n, Node root) {
        return n.childNodeSize() > 0 ? n.childNode(0) : afterSubtree(n, root);
    }

    /** The node after {@code n} and all it holds, within {@code root}; null past its end. */
    static Node afterSubtree(Node n, Node root) {
        for (Node a = n; a != null && a != root; a = a.parent()) {
            Node sibling = a.nextSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
