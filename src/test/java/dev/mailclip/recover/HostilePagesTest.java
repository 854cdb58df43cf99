package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages built to hurt: PageBody and PageMetadata must finish quickly (linear work, capped visits) and still
 * answer. The bounds are generous (a shared, loaded machine); a quadratic descent would blow them by far.
 */
class HostilePagesTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final String SENTENCE = "The harbour board met again on Thursday, and once more the agenda ran long, "
            + "because every item on it, from dredging to parking, touched somebody's livelihood. ";

    @Test
    void aMultiMegabyteNestOfTablesFinishesAndFindsItsText() {
        StringBuilder html = new StringBuilder("<html><body>");
        int depth = 3_000;
        for (int i = 0; i < depth; i++) {
            html.append("<table class=\"layout\"><tr><td><p>").append(SENTENCE.repeat(4)).append("</p>");
        }
        for (int i = 0; i < depth; i++) {
            html.append("</td></tr></table>");
        }
        html.append("</body></html>");
        assertTrue(html.length() > 2_000_000, "a multi-MB page");
        Document page = Jsoup.parse(html.toString());

        Optional<PageBody.Body> body = assertTimeoutPreemptively(BOUND, () -> PageBody.extract(page));
        assertTrue(body.isPresent());
        assertTrue(body.get().text().contains("the agenda ran long"));
        assertEquals(PageBody.EVIDENCE, body.get().evidence());
        assertTimeoutPreemptively(BOUND, () -> PageMetadata.read(page, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void aScriptOnlyPageFinishesWithNoArticle() {
        StringBuilder html = new StringBuilder("<html><head><title>App</title></head><body><div id=\"root\"></div>");
        for (int i = 0; i < 2_000; i++) {
            html.append("<script>window.__chunk").append(i).append(" = function(a, b) { return a < b ? '<p>' + a : b; };")
                    .append("var x = \"").append("lorem, ipsum, dolor, sit, amet, ".repeat(30)).append("\";</script>");
        }
        html.append("<noscript><p>You need to enable JavaScript to run this app, sorry about that, truly.</p></noscript>");
        html.append("</body></html>");
        assertTrue(html.length() > 2_000_000);
        Document page = Jsoup.parse(html.toString());

        Optional<PageBody.Body> body = assertTimeoutPreemptively(BOUND, () -> PageBody.extract(page));
        assertTrue(body.isEmpty(), "scripts are no article");
        PageMetadata meta = assertTimeoutPreemptively(BOUND, () -> PageMetadata.read(page, null));
        assertEquals(new Claim("App", "page:title"), meta.title());
        assertNull(meta.published());
    }

    @Test
    void aVeryDeepNestOfDivsFinishesAndFindsItsText() {
        StringBuilder html = new StringBuilder("<html><body>");
        int depth = 20_000;
        html.append("<div>".repeat(depth));
        for (int i = 0; i < 10; i++) {
            html.append("<p>").append(SENTENCE).append(i).append("</p>");
        }
        html.append("</div>".repeat(depth)).append("</body></html>");
        Document page = Jsoup.parse(html.toString());

        Optional<PageBody.Body> body = assertTimeoutPreemptively(BOUND, () -> PageBody.extract(page));
        assertTrue(body.isPresent());
        assertTrue(body.get().text().contains("touched somebody's livelihood. 9"));
    }

    @Test
    void aPageBeyondTheVisitCapIsReadUpToTheCap() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 40; i++) {
            html.append("<p>").append(SENTENCE).append("</p>");
        }
        html.append("</article><div class=\"grid\">");
        // far more elements than one pass visits: a tag cloud of a quarter of a million links
        for (int i = 0; i < PageBody.MAX_ELEMENTS + 50_000; i++) {
            html.append("<a href=\"/t/").append(i).append("\">t").append(i).append("</a>");
        }
        html.append("</div></body></html>");
        Document page = Jsoup.parse(html.toString());

        Optional<PageBody.Body> body = assertTimeoutPreemptively(BOUND, () -> PageBody.extract(page));
        assertTrue(body.isPresent());
        assertTrue(body.get().text().contains("the agenda ran long"));
        assertTrue(body.get().text().length() < 20 * SENTENCE.length() * 4, "not the tag cloud");
    }

    @Test
    void hostileJsonLdIsSkippedQuickly() {
        StringBuilder html = new StringBuilder("<html><head>");
        // nested far beyond any real block, a huge one, a broken one, and the real one last
        html.append("<script type=\"application/ld+json\">").append("[".repeat(5_000)).append("]".repeat(5_000))
                .append("</script>");
        html.append("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"")
                .append("x".repeat(2_000_000)).append("\"}</script>");
        html.append("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>");
        html.append("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Harbour board meets\","
                + " \"datePublished\": \"2024-05-02\"}</script>");
        html.append("</head><body><p>").append(SENTENCE.repeat(3)).append("</p></body></html>");
        Document page = Jsoup.parse(html.toString());

        PageMetadata meta = assertTimeoutPreemptively(BOUND, () -> PageMetadata.read(page, LocalDate.of(2024, 6, 1)));
        assertEquals(new Claim("Harbour board meets", "page:json-ld:headline"), meta.title());
        assertEquals(new Claim("2024-05-02", "page:json-ld:datePublished"), meta.published());
    }
}
