package dev.mailclip.forward;

import dev.mailclip.mail.HtmlDocuments;
import dev.mailclip.article.ForwardLayer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Peels forwards off an HTML body. The body is rendered to lines and scanned like text, with the
 * clients' forward markup marking header lines: Gmail's gmail_attr, Outlook on the web's
 * divRplyFwdMsg (x_-prefixed when forwarded again), Outlook desktop's top-bordered header div,
 * Apple Mail's blockquote type=cite, Thunderbird's moz-forward-container and header table, Yahoo's
 * yahoo_quoted. The innermost header block found is then cut out of the DOM with everything before it.
 */
final class HtmlForwards {
    static final String FORWARD_MARKUP = String.join(", ",
            "[id$=divRplyFwdMsg]", ".gmail_attr", ".gmail_quote", "div.moz-forward-container",
            "table.moz-email-headers-table", "blockquote[type=cite]", "div[style*=border-top]",
            ".yahoo_quoted", "[id^=yahoo_quoted]", "[id$=yahoo_quoted]", ".OutlookMessageHeader",
            "#OLK_SRC_BODY_SECTION");
    /** Parsed once: jsoup would parse the query string again on every message. */
    private static final Evaluator FORWARD_SELECTORS = QueryParser.parse(FORWARD_MARKUP);
    /**
     * The forward markup, asked of every element as the body is rendered: each of its selectors needs an id, a class,
     * a type or a style, and an element with none of them (95 % of those of real HTML mail, most with no attribute at
     * all) is told so before the twelve selectors are tried. {@code ForwardMarkupTest} holds it to the selectors.
     */
    static final Evaluator FORWARD_EVALUATOR = new Evaluator() {
        @Override
        public boolean matches(Element root, Element element) {
            return element.attributesSize() > 0 && (element.hasAttr("class") || element.hasAttr("id")
                    || element.hasAttr("style") || element.hasAttr("type")) && FORWARD_SELECTORS.matches(root, element);
        }
    };

    private static final Set<String> MEDIA = Set.of("img", "video", "audio", "iframe", "object", "embed", "svg",
            "picture", "table", "hr");
    private static final int BLANK_CHECK_NODES = 32;

    private HtmlForwards() {
    }

    static Peeled peel(String html) {
        return peel(html, HtmlDocuments.parse(html));
    }

    /** Peels {@code html} parsed as {@code document}, which a forward found is cut from. */
    static Peeled peel(String html, Document document) {
        Element body = document.body();
        HtmlLines.Rendered rendered = HtmlLines.render(body, FORWARD_EVALUATOR);
        List<Line> lines = rendered.lines();

        List<ForwardLayer> layers = new ArrayList<>();
        String note = null;
        int from = 0;
        int lastEnd = -1;
        boolean closed = false;
        while (layers.size() < Peeled.MAX_LAYERS) {
            ForwardScanner.Marker marker = ForwardScanner.findFirst(lines, from);
            if (marker == null) {
                break;
            }
            if (layers.isEmpty()) {
                note = Peeled.note(lines.subList(0, marker.start()));
            } else if (!closed && Peeled.closesHeader(marker, lines, from)) {
                lastEnd = marker.end(); // no layer of its own
                from = lastEnd + 1;
                closed = true; // once a layer: a run of bare separators is no run of closings
                continue;
            }
            closed = false;
            layers.add(marker.header().toLayer());
            lastEnd = marker.end();
            from = lastEnd + 1;
        }
        if (layers.isEmpty()) {
            // the document is unchanged: recovery takes it instead of parsing the same HTML again
            return new Peeled(List.of(), html, null, document);
        }
        return new Peeled(layers, cutThrough(document, rendered.lastNodes().get(lastEnd)), note, null);
    }

    /** The body's HTML once {@code last} (when not null) and everything before it are cut out. */
    static String cutThrough(Document document, Node last) {
        // keep the fragment's own whitespace: the recognisers read line breaks in it
        document.outputSettings().prettyPrint(false);
        if (last != null) {
            cutThrough(last, document.body());
        }
        return document.body().html();
    }

    /** Nothing a reader would see: whitespace, or a few elements holding only whitespace. */
    private static boolean isBlank(Node node) {
        return blankWithin(node, new int[] {BLANK_CHECK_NODES});
    }

    /** Looks at no more than {@code budget[0]} nodes: a larger subtree is content, not leftover wrapping. */
    private static boolean blankWithin(Node node, int[] budget) {
        if (--budget[0] < 0) {
            return false;
        }
        if (node instanceof TextNode text) {
            return text.getWholeText().replace('\u00A0', ' ').isBlank();
        }
        if (!(node instanceof Element element)) {
            return true; // comments, data nodes
        }
        if (MEDIA.contains(element.normalName())) {
            return false;
        }
        for (Node child : element.childNodes()) {
            if (!blankWithin(child, budget)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Removes {@code last} and every node before it in document order, keeping the ancestors (now
     * holding only what followed; an ancestor left empty goes too). Rebuilds each ancestor's child
     * list once, so the cost stays linear however many siblings there are.
     */
    static void cutThrough(Node last, Element root) {
        Node node = last;
        boolean dropNode = true;
        while (node != null && node != root) {
            Element parent = (Element) node.parentNode();
            if (parent == null) {
                return;
            }
            List<Node> keep = new ArrayList<>();
            if (!dropNode) {
                keep.add(node);
            }
            for (Node sibling = node.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
                keep.add(sibling);
            }
            parent.empty();
            parent.appendChildren(keep);
            dropNode = keep.stream().allMatch(HtmlForwards::isBlank);
            node = parent;
        }
    }
}
