package dev.mailclip.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article's HTML is cleaned again when shown: an archive written by another tool (or an older mailclip) may
 * hold anything.
 */
class DisplayHtmlTest {
    private static final String HOSTILE = "<p onclick=\"x()\">Hi</p><script>alert(1)</script>"
            + "<img src=\"cid:a@b\"><img src=\"https://tracker.example/p.gif\" alt=\"pixel\">"
            + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">js</a><a href=\"https://ok.example/\">ok</a>"
            + "<iframe src=\"https://evil.example/\"></iframe><svg><script>alert(2)</script></svg>"
            + "<style>body{background:url(https://tracker.example/bg)}</style><form action=\"/x\"><input></form>";

    @Test
    void storedHtmlIsCleanedAgain() {
        DisplayHtml shown = DisplayHtml.of(HOSTILE, "msgid:<a/b@c>", false);
        Document doc = Jsoup.parseBodyFragment(shown.html());
        assertTrue(doc.select("script, iframe, svg, style, form, input, [onclick], [onerror]").isEmpty(), shown.html());
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertEquals("noopener noreferrer nofollow", doc.selectFirst("a[href]").attr("rel"));
        assertEquals("/image?id=msgid%3A%3Ca%2Fb%40c%3E&cid=a%40b", doc.selectFirst("img").attr("src"));
        assertEquals(List.of("/image?id=msgid%3A%3Ca%2Fb%40c%3E&cid=a%40b"), doc.select("img[src]").eachAttr("src"),
                "remote images have no source");
        assertEquals(1, shown.remote(), "the tracker; src=x is dropped by the Safelist");
        assertTrue(!shown.html().contains("tracker.example/p.gif"));
    }

    @Test
    void remoteImagesKeepTheirSourceOnlyWhenAsked() {
        DisplayHtml shown = DisplayHtml.of(HOSTILE, "x", true);
        Document doc = Jsoup.parseBodyFragment(shown.html());
        assertEquals("https://tracker.example/p.gif", doc.selectFirst("img[alt=pixel]").attr("src"));
        assertEquals("no-referrer", doc.selectFirst("img[alt=pixel]").attr("referrerpolicy"));
        assertTrue(doc.select("script, [onerror]").isEmpty());
    }

    @Test
    void snippetsMarkOnlyTheMatchedWords() {
        assertEquals(List.of(new Snippet.Piece("…the ", false), new Snippet.Piece("<b>talks</b>", true),
                new Snippet.Piece(" end", false)), Snippet.pieces("…the [<b>talks</b>] end"));
    }
}
