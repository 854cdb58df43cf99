package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageBodyTest {
    private static final String PARA = "<p>The ferry timetable changes on Monday, and the early sailing moves to a "
            + "quarter past six, which suits commuters but not the bakery, whose vans now miss the boat.</p>";

    @Test
    void aPageOfLinksHasNoArticle() {
        StringBuilder html = new StringBuilder("<body><nav><a href=/>Home</a></nav><div class=content><ul>");
        for (int i = 0; i < 60; i++) {
            html.append("<li><a href=/p/").append(i).append(">Another story about the harbour, number ")
                    .append(i).append("</a></li>");
        }
        html.append("</ul></div><footer>Contact us</footer></body>");
        assertTrue(PageBody.extract(Jsoup.parse(html.toString())).isEmpty());
    }

    @Test
    void thePageIsLeftAsItWasAndTheCopyIsClean() {
        Document page = Jsoup.parse("<body><div class=story style='color:red'>" + PARA.repeat(4)
                + "<p style='display:none'>Hidden teaser text that nobody sees on the page at all, really.</p></div>"
                + "<div class=share-tools><a href=#>Share this story with a friend today</a></div></body>");
        String before = page.outerHtml();
        PageBody.Body body = PageBody.extract(page).orElseThrow();
        assertEquals(before, page.outerHtml());
        assertEquals(PageBody.EVIDENCE, body.evidence());
        assertTrue(body.text().startsWith("The ferry timetable changes on Monday"));
        assertFalse(body.text().contains("Hidden teaser"));
        assertFalse(body.text().contains("Share this story"));
        assertTrue(body.content().select("[style], [class]").isEmpty(), "no presentation kept");
    }

    @Test
    void aJsonLdArticleBodyStandsInForAPageThatShowsOnlyATeaser() {
        String article = ("The ferry timetable changes on Monday, and the early sailing moves to a quarter past six. "
                + "Commuters welcomed it; the bakery did not.\\n\\n").repeat(8);
        Document page = Jsoup.parse("<head><script type=application/ld+json>{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + article + "\"}</script></head><body><div class=teaser>" + PARA
                + "<a href=/subscribe>Subscribe to read the rest of this story</a></div></body>");
        PageBody.Body body = PageBody.extract(page).orElseThrow();
        assertEquals(PageBody.EVIDENCE_JSON_LD, body.evidence());
        assertEquals(8, body.content().select("p").size());
    }
}
