package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The author a saved page shows, found as Readability finds a byline (fixture: {@code pages/visible-byline}). */
class VisibleBylineTest {

    private static String of(String body) {
        return VisibleByline.of(Jsoup.parse("<html><body>" + body + "</body></html>"));
    }

    @Test
    void aMarkedShortLineIsTheByline() {
        assertEquals("Ana Ruiz", of("<h1>Title</h1><p class=\"byline\">By Ana Ruiz</p><p>Text.</p>"));
        assertEquals("Ana Ruiz", of("<p>Posted by <a rel=\"author\" href=\"/ana\">Ana Ruiz</a></p>"));
        assertEquals("Ana Ruiz", of("<div itemprop=\"author\">Ana Ruiz</div>"));
        assertEquals("Ana Ruiz", of("<span id=\"writtenby\">Written by: Ana Ruiz</span>"));
    }

    @Test
    void aLongMarkedBlockIsPassedForTheLineInsideIt() {
        String bio = "Ana Ruiz has covered science and medicine for twenty years, from field hospitals to the laboratories of "
                + "three continents.";
        assertEquals("Ana Ruiz", of("<div class=\"author-box\"><p>" + bio + "</p><span class=\"author-name\">Ana Ruiz</span></div>"));
    }

    @Test
    void namesAroundTheArticleAreNotItsAuthor() {
        assertNull(of("<aside><span class=\"author\">Jonas Berg</span></aside><p>Text.</p>"));
        assertNull(of("<div class=\"sidebar\"><span class=\"author\">Jonas Berg</span></div>"));
        assertNull(of("<div id=\"comments\"><span class=\"comment-author\">Petra Holm</span></div>"));
        assertNull(of("<footer><span class=\"author\">Jonas Berg</span></footer>"));
        assertEquals("Ana Ruiz", of("<div class=\"related\"><span class=\"author\">Jonas Berg</span></div>"
                + "<p class=\"byline\">By Ana Ruiz</p>"));
    }

    @Test
    void nestedMarkedBlocksAreReadALineEach() {
        String page = "<div class=\"author\">".repeat(2_000) + "Ana Ruiz wrote this and much more. ".repeat(500)
                + "</div>".repeat(2_000);
        assertNull(of(page));
        assertNull(of("<span class=\"author\">".repeat(2_000) + "</span>".repeat(2_000)));
        assertEquals("Ana Ruiz", of("<p class=\"byline\">By <b>An</b>a <i>Ruiz</i></p>"), "inline tags join words");
    }

    @Test
    void onlyAPersonsNameCounts() {
        assertNull(of("<p class=\"byline\">By the Editorial Team</p>"));
        assertNull(of("<p class=\"byline\">12 March 2024</p>"));
        assertNull(of("<p class=\"author\">admin</p>"));
        assertNull(of("<p>By Ana Ruiz, but in no marked element</p>"));
    }
}
