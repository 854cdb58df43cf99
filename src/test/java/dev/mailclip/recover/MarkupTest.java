package dev.mailclip.recover;

import dev.mailclip.mail.HtmlDocuments;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known markup found behind the prefixes clients add, and found in one walk as in one walk a name. */
class MarkupTest {
    @Test
    void prefixedClassesAreTheMarkupsOwn() {
        Document doc = HtmlDocuments.parse("<div class=\"x_gmail-reader-title other\">T</div>");
        assertTrue(Markup.hasClass(doc.selectFirst("div"), "reader-title"));
    }

    @Test
    void oneWalkFindsWhatAWalkANameFinds() {
        Document doc = HtmlDocuments.parse("<p class=\"a\">1</p><div><span class=\"gmail-b\">2</span>"
                + "<h1 class=\"x_a\">3</h1></div><p class=\"b c\">4</p>");
        Element[] found = Markup.firsts(doc, "b", "a", "c", "none");
        assertSame(Markup.first(doc, "b"), found[0]);
        assertSame(Markup.first(doc, "a"), found[1]);
        assertSame(Markup.first(doc, "c"), found[2]);
        assertNull(found[3]);
        assertSame(doc.selectFirst("span"), found[0], "the first in document order");
    }
}
