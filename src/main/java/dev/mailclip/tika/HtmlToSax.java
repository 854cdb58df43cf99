package dev.mailclip.tika;

import org.apache.tika.sax.XHTMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import java.util.Locale;
import java.util.Set;

/**
 * Replays the record's sanitized article HTML as XHTML SAX events. Only structure a host can index
 * is passed on (paragraphs, headings, lists, quotes, tables, links, emphasis); any other element
 * contributes its text alone.
 */
final class HtmlToSax {
    private static final Set<String> KEPT = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "code", "table", "thead", "tbody", "tr", "td", "th", "em", "strong", "b", "i",
            "figure", "figcaption", "dl", "dt", "dd");
    /** Nesting deeper than this is flattened to text: hostile markup must not exhaust the stack. */
    private static final int MAX_DEPTH = 200;

    private final XHTMLContentHandler xhtml;

    HtmlToSax(XHTMLContentHandler xhtml) {
        this.xhtml = xhtml;
    }

    void write(String html) throws SAXException {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Node child : body.childNodes()) {
            node(child, 0);
        }
    }

    private void node(Node node, int depth) throws SAXException {
        if (node instanceof TextNode text) {
            String s = text.getWholeText();
            if (!s.isEmpty()) {
                xhtml.characters(s);
            }
            return;
        }
        if (!(node instanceof Element el)) {
            return; // comments, data nodes
        }
        String name = el.normalName().toLowerCase(Locale.ROOT);
        if (name.equals("br")) {
            xhtml.newline();
            return;
        }
        if (name.equals("script") || name.equals("style")) {
            return;
        }
        boolean link = name.equals("a") && !el.attr("href").isBlank();
        boolean kept = depth < MAX_DEPTH && (link || KEPT.contains(name));
        if (kept) {
            AttributesImpl attrs = new AttributesImpl();
            if (link) {
                attrs.addAttribute("", "href", "href", "CDATA", el.attr("href"));
            }
            xhtml.startElement(name, attrs);
        }
        for (Node child : el.childNodes()) {
            node(child, depth + 1);
        }
        if (kept) {
            xhtml.endElement(name);
        }
    }
}
