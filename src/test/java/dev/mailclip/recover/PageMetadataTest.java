package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageMetadataTest {
    private static final LocalDate MAIL_DAY = LocalDate.of(2025, 5, 20);

    private static PageMetadata read(String head) {
        return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body><p>Text.</p></body></html>"), MAIL_DAY);
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void malformedJsonLdIsSkippedAndTheNextSourceCounts() {
        PageMetadata m = read(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Broken") + ld("not json at all")
                + "<meta property=\"og:title\" content=\"From Open Graph\">");
        assertEquals(new Claim("From Open Graph", "page:og:title"), m.title());
    }

    @Test
    void jsonLdIsReadLeniently() {
        // raw line breaks in strings, a trailing comma, a type list with a schema: prefix, a comment wrapper
        PageMetadata m = read(ld("<!--{\"@type\": [\"schema:BlogPosting\"], \"headline\": \"Two\nlines\","
                + " \"mainEntityOfPage\": \"https://blog.example/two-lines?utm_source=x\",}-->"));
        assertEquals(new Claim("Two lines", "page:json-ld:headline"), m.title());
        assertEquals(new Claim("https://blog.example/two-lines", "page:json-ld:mainEntityOfPage"), m.url());
    }

    @Test
    void aListOfArticlesIsNoPagesArticle() {
        // an index page or a newsletter lists several: the first one's headline and date are not the page's
        PageMetadata list = read(ld("[{\"@type\": \"BlogPosting\", \"headline\": \"First post\", \"datePublished\": \"2025-05-02\"},"
                + " {\"@type\": \"BlogPosting\", \"headline\": \"Second post\", \"datePublished\": \"2025-04-20\"}]")
                + "<title>Shore Notes: all posts</title>");
        assertEquals(new Claim("Shore Notes: all posts", "page:title"), list.title());
        assertNull(list.published());
        // one article described twice (two blocks, or two types) is still one
        PageMetadata twice = read(ld("{\"@type\": \"NewsArticle\", \"headline\": \"Tides  explained\", \"datePublished\": \"2025-05-02\"}")
                + ld("{\"@type\": \"ReportageNewsArticle\", \"headline\": \"tides explained\"}"));
        assertEquals(new Claim("Tides explained", "page:json-ld:headline"), twice.title());
        assertEquals("2025-05-02", twice.published().value());
    }

    @Test
    void authorsAsStringsAndObjectsAndProfileUrlsAreNotNames() {
        assertEquals(new Claim("Jane Roe", "page:json-ld:author"),
                read(ld("{\"@type\": \"Article\", \"author\": \"By Jane Roe\"}")).author());
        assertEquals(new Claim("Ann Lee, Bo Chen", "page:json-ld:author"),
                read(ld("{\"@type\": \"Article\", \"author\": [{\"name\": \"Ann Lee\"}, \"Bo Chen\", {\"name\": \"Ann Lee\"}]}"))
                        .author());
        assertEquals(new Claim("Kim Ode", "page:meta:author"),
                read("<meta property=\"article:author\" content=\"https://www.facebook.com/kim.ode\">"
                        + "<meta name=\"author\" content=\"Kim Ode\">").author());
    }

    @Test
    void aDateAfterTheMailIsNotReadAndTheNextSourceCounts() {
        PageMetadata m = read(ld("{\"@type\": \"NewsArticle\", \"datePublished\": \"2031-01-01\"}")
                + "<meta name=\"parsely-pub-date\" content=\"2025-05-01T08:00:00Z\">");
        assertEquals(new Claim("2025-05-01T08:00Z", "page:meta:parsely-pub-date"), m.published());
    }

    @Test
    void theTitleLosesASegmentOnlyWhenItIsTheSiteName() {
        assertEquals(new Claim("Tides and the moon explained", "page:title:site-cut"),
                read("<title>Tides and the moon explained | Shore Notes</title>"
                        + "<meta property=\"og:site_name\" content=\"Shore Notes\">").title());
        assertEquals(new Claim("Tides and the moon explained | Shore Notes", "page:title"),
                read("<title>Tides and the moon explained | Shore Notes</title>").title());
        assertEquals(new Claim("Tides and the moon explained | Shore Notes", "page:title"),
                read("<title>Tides and the moon explained | Shore Notes</title>"
                        + "<meta property=\"og:site_name\" content=\"Harbour Daily\">").title());
    }

    @Test
    void theSaveDateIsNeverThePublicationDate() {
        PageMetadata m = PageMetadata.read(Jsoup.parse("<!-- saved from url=(0026)https://news.example/a-b -->\n"
                + "<html><!--\n Page saved with SingleFile \n url: https://news.example/x \n saved date: "
                + "Mon May 19 2025 22:15:00 GMT-0700 (Pacific Daylight Time)\n--><head><title>A page</title></head>"
                + "<body><p>Text.</p></body></html>"), MAIL_DAY);
        assertNull(m.published());
        assertEquals(new Claim("2025-05-19T22:15-07:00", "page:singlefile:saved-date"), m.saved());
        assertEquals(new Claim("https://news.example/a-b", "page:saved-from"), m.url());
    }

    @Test
    void nothingGivenIsNothingFound() {
        PageMetadata m = PageMetadata.read(Jsoup.parse(""), null);
        assertEquals(new PageMetadata(null, null, null, null, null, null), m);
    }
}
