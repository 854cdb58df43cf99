package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The date a saved page shows in its article's header or right under its title, and nowhere else. */
class ArticleHeaderTimeTest {
    private static final LocalDate MAIL_DAY = LocalDate.of(2026, 1, 5);
    private static final String PARAGRAPH = "<p>" + "The council voted on Tuesday to extend the river path. ".repeat(6) + "</p>";

    private static Claim of(String body) {
        return ArticleHeaderTime.of(Jsoup.parse("<html><body>" + body + "</body></html>"), MAIL_DAY);
    }

    @Test
    void aTimeInTheArticlesHeaderOrMetaLine() {
        assertEquals(new Claim("2025-12-19", "page:time:header"),
                of("<article><header><h1>T</h1><time datetime=\"2025-12-19\">Yesterday</time></header></article>"));
        assertEquals(new Claim("2025-12-19", "page:time:header"),
                of("<div class=\"sfn-article__meta\"><time datetime=\"2025-12-19\">19 Dec 2025</time></div>"),
                "BEM's element names: article__meta");
        assertEquals(new Claim("2025-12-19", "page:time:header"),
                of("<div class=\"post_meta\"><time>19 Dec 2025</time></div>"), "no datetime: its text");
    }

    @Test
    void aTimeRightUnderTheTitle() {
        assertEquals(new Claim("2025-12-19", "page:time:title"),
                of("<main><article><h1>Configure your repositories</h1> <span><time>Dec 19, 2025</time></span>"
                        + PARAGRAPH + "</article></main>"));
        assertEquals(new Claim("2025-12-19", "page:time:title"),
                of("<article><h1>T</h1><p class=\"by\">By Ana Ruiz · 4 min read</p><time datetime=\"2025-12-19\"></time>"
                        + PARAGRAPH + "</article>"), "a byline between");
    }

    @Test
    void datesElsewhereAreNotThePublications() {
        assertNull(of("<article><h1>T</h1>" + PARAGRAPH + "<time>Dec 19, 2025</time></article>"), "below the text");
        assertNull(of("<article><time>Dec 19, 2025</time><h1>T</h1>" + PARAGRAPH + "</article>"), "above the title");
        assertNull(of("<h1>T</h1><time>Dec 19, 2025</time>" + PARAGRAPH), "no article or main around it");
        assertNull(of("<article><h1>T</h1><time class=\"updated\">Dec 19, 2025</time></article>"), "an update");
        assertNull(of("<article><h1>T</h1><time>Updated Dec 19, 2025</time></article>"), "an update, in words");
        assertNull(of("<article><h1>T</h1><p>Last modified: <time datetime=\"2025-12-19\">Dec 19</time></p></article>"),
                "an update, in the words around it");
        assertNull(of("<article><h1>T</h1><time>Dec 19</time></article>"), "no year");
        assertNull(of("<article><h1>T</h1><time>3 hours ago</time></article>"));
        assertNull(of("<article><h1>T</h1><time datetime=\"2026-03-01\">1 March 2026</time></article>"),
                "after the mail's day");
    }
}
