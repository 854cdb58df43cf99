package dev.mailclip.recover;

import org.jsoup.nodes.Node;

/** Steps through a part of a page in document order, one node at a time, so a walk can stop whenever it has seen enough. */
final class DocumentOrder {
    private DocumentOrder() {
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
