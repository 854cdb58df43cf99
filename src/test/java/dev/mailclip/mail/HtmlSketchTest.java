package dev.mailclip.mail;

import dev.mailclip.RandomTexts;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.Attribute;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sketch reads HTML as jsoup does ({@link HtmlDocuments#parse}): on random bodies made of the pieces that
 * mislead a reader of raw HTML (quotes, stray '<', comments of every ending, entities with and without their
 * semicolon, raw-text elements, split words), every sketch that calls itself plain has jsoup's text, white space
 * apart, in the same order, every attribute value and tag name in its markup and every comment in its comments.
 */
class HtmlSketchTest {
    private static final List<String> PIECES = List.of("From", ":", "Fr", "om", " ", "\n", "<b>", "</b>", "<p>", "</p>",
            "<br>", "<div class=\"gmail_quote\">", "</div>", "<a href='https://x.example/a?b=1&amp;c=2'>", "</a>",
            "<p title=\"a>b\">", "<p a='x>y'>", "<p =\"x>y\">", "<p a=x>y>", "<b<i>", "<p/>", "< b", "</ b>", "</>", "<?x>",
            "<!x>", "<!-- c -->", "<!--->", "<!-->", "<!-- a --!>", "<!-- a -- b -->", "<!--", "-->", "&amp;", "&lt;", "&nbsp;",
            "&#70;", "&#x46;rom", "&notit;", "&timesaved", "&copy=", "&", "<title>", "</title>", "<textarea>", "</textarea>",
            "<script>", "</script>", "<style>", "</style >", "</stylex>", "<xmp>", "</xmp>", "<iframe>", "</iframe>",
            "<noscript>", "</noscript>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<caption>",
            "</caption>", "<tbody>", "<![CDATA[", "]]>", "<DIV CLASS=Reader-Title>", "<meta property=\"og:title\" content=\"T\">",
            "\u00a0", "<div\u00a0class=x>", "<hr>", "<img alt=\"a<b\">", "'", "\"", "=", "<h1>", "</h1>", "<li>", "<option>",
            "<select>", "</select>", "<frameset>", "<body>", "</body>", "</html>", "<head>", "</head>", "<template>", "</template>");

    /** elements the tree builder adds where the source has none */
    private static final java.util.Set<String> IMPLIED = java.util.Set.of("html", "head", "body", "tbody", "tr");

    @Test
    void aPlainSketchReadsTheTextTagsAndCommentsJsoupReads() {
        Random random = new Random(2026_12_04);
        int plain = 0;
        int rounds = 100_000;
        for (int round = 0; round < rounds; round++) {
            if (agrees(RandomTexts.pieces(random, PIECES, 25, ""))) {
                plain++;
            }
        }
        assertTrue(plain > rounds / 3, "plain sketches compared: " + plain);
    }

    @Test
    void aSketchOfTheTreeReadsItsTextTagsAttributesAndCommentsAsTheTreeHoldsThem() {
        Random random = new Random(2026_12_06);
        for (int round = 0; round < 20_000; round++) {
            String html = RandomTexts.pieces(random, PIECES, 25, "");
            Document doc = HtmlDocuments.parse(html);
            HtmlSketch sketch = HtmlSketch.of(doc);
            assertTrue(sketch.plain());
            StringBuilder text = new StringBuilder();
            java.util.List<Integer> rules = new java.util.ArrayList<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        text.append(t.getWholeText());
                    } else if (node instanceof Comment c) {
                        assertTrue(sketch.comments().contains(c.getData()), () -> "comment " + c.getData() + " in " + html);
                    } else if (node instanceof Element e && !(node instanceof Document)) {
                        assertTrue(sketch.hasTag(e.normalName()), () -> "tag " + e.normalName() + " in " + html);
                        for (Attribute a : e.attributes()) {
                            String written = a.getKey() + "=\"" + a.getValue().toLowerCase(Locale.ROOT).replace('>', ' ') + "\"";
                            assertTrue(sketch.markup().contains(written), () -> "attribute " + a + " in " + html);
                        }
                        if (e.normalName().equals("hr")) {
                            rules.add(text.length());
                        }
                    }
                }
            }, doc);
            assertEquals(text.toString(), sketch.text(), () -> "text of " + html);
            assertEquals(rules, java.util.Arrays.stream(sketch.rules()).boxed().toList(), () -> "rules of " + html);
        }
    }

    @Test
    void aSketchOfTheTreeEndsEachTagAtItsOwnEnd() {
        HtmlSketch s = HtmlSketch.of(HtmlDocuments.parse("<META CONTENT=\"a>b\" NAME=Author><p>x</p>"));
        assertTrue(s.markup().contains("<meta content=\"a b\" name=\"author\">"), s.markup());
    }

    @Test
    void textMovedByTheTreeBuilderMakesTheSketchNotPlain() {
        assertFalse(HtmlSketch.of("<table>Fr<tr><td>x</td></tr>om:</table>").plain());
        assertFalse(HtmlSketch.of("<svg><style>a</svg>From: x</style>").plain());
        assertTrue(HtmlSketch.of("<table><tr><td>From:</td><td>x</td></tr></table> after").plain());
    }

    @Test
    void tagsAreFoundByTheirWholeName() {
        HtmlSketch s = HtmlSketch.of("<TITLE>t</TITLE><h10>x<h2\n>y");
        assertTrue(s.hasTag("title"));
        assertTrue(s.hasTag("h2"));
        assertFalse(s.hasTag("h1"));
    }

    /** True when the sketch is plain (and then agrees with jsoup), false when it is not. */
    private static boolean agrees(String html) {
        HtmlSketch sketch = HtmlSketch.of(html);
        if (!sketch.plain()) {
            return false;
        }
        Document doc = HtmlDocuments.parse(html);
        StringBuilder jsoupText = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    jsoupText.append(t.getWholeText());
                } else if (node instanceof DataNode d && !(d.parentNode() instanceof Element e
                        && (e.normalName().equals("script") || e.normalName().equals("style")))) {
                    jsoupText.append(d.getWholeData());
                } else if (node instanceof Comment c) {
                    assertTrue(sketch.comments().contains(c.getData()), () -> "comment " + c.getData() + " in " + html);
                } else if (node instanceof Element e && !(node instanceof Document) && !IMPLIED.contains(e.normalName())) {
                    // "</p>" and "</br>" alone make an element too
                    assertTrue(sketch.hasTag(e.normalName()) || sketch.markup().contains("</" + e.normalName()),
                            () -> "tag " + e.normalName() + " in " + html);
                }
                if (node instanceof Element e) {
                    for (Attribute a : e.attributes()) {
                        String value = a.getValue().toLowerCase(Locale.ROOT);
                        // as written when only &amp; stands in it
                        assertTrue(sketch.markup().contains(value) || sketch.markup().contains(value.replace("&", "&amp;")),
                                () -> "attribute " + a + " in " + html);
                    }
                }
            }
        }, doc);
        assertEquals(withoutSpace(jsoupText), withoutSpace(sketch.text()), () -> "text of " + html);
        return true;
    }

    private static String withoutSpace(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
