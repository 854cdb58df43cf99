package dev.mailclip.security;

import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crafted Reader View clips full of active content go through {@link Mailclip#extract}: the record's
 * HTML keeps the article and loses every script, handler, style, form, frame and non-http(s) URL.
 */
class SanitizedHtmlTest {
    /** Each hostile fragment is placed inside the article body, next to a marker that must survive. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<script src=\"https://evil.example/x.js\"></script>",
            "<img src=x onerror=\"alert(1)\">",
            "<img src=\"javascript:alert(1)\">",
            "<img src=\"data:image/svg+xml;base64,PHN2Zy8+\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">tab</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity</a>",
            "<a href=\"vbscript:msgbox(1)\">vb</a>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">data</a>",
            "<p style=\"width: expression(alert(1)); background:url(javascript:alert(1))\">styled</p>",
            "<div onclick=\"alert(1)\" onmouseover=\"alert(1)\">handlers</div>",
            "<body onload=\"alert(1)\">",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<frameset><frame src=\"https://evil.example/\"></frameset>",
            "<form action=\"https://evil.example/\"><input name=q><button formaction=\"javascript:alert(1)\">go</button></form>",
            "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
            "<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\">svg</a></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>",
            "<style>body{background:url(https://evil.example/track.png)}</style>",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<base href=\"https://evil.example/\">",
            "<template><script>alert(1)</script></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
            "<video poster=\"javascript:alert(1)\" src=\"https://evil.example/v.mp4\"></video>",
            "<img srcset=\"https://evil.example/a.png 1x\" src=\"https://img.example/ok.png\">");

    static Article clip(String body) throws Exception {
        String html = "<html><head><script>alert('head')</script></head><body>"
                + "<div class=\"container\"><a class=\"domain reader-domain\" href=\"https://news.example.com/story\">news.example.com</a>"
                + "<h1 class=\"reader-title\">A hostile clip</h1>"
                + "<div class=\"credits reader-credits\">By Someone</div>"
                + "<div class=\"moz-reader-content\"><div id=\"readability-page-1\" class=\"page\">"
                + "<p>MARKER-START the article begins here and goes on for a while.</p>"
                + body
                + "<p>MARKER-END the article ends here.</p><img src=\"https://img.example/ok.png\" alt=\"ok\">"
                + "</div></div></div></body></html>";
        String eml = "From: a@example.org\r\nTo: b@example.org\r\nSubject: hostile\r\n"
                + "Date: Mon, 01 Jan 2024 10:00:00 +0000\r\nMessage-ID: <hostile@t>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + html;
        return new Mailclip().extract(new RawMessage(eml.getBytes(StandardCharsets.UTF_8),
                Origin.file("hostile.eml", Origin.Format.MESSAGE)));
    }

    @Test
    void everyHostileFragmentIsDisarmed() throws Exception {
        for (String fragment : HOSTILE) {
            Article a = clip(fragment);
            assertEquals(Kind.ARTICLE, a.kind(), fragment);
            assertNotNull(a.html(), fragment);
            assertTrue(a.html().contains("MARKER-START") && a.html().contains("MARKER-END"), fragment + " → " + a.html());
            assertSafe(a.html(), fragment);
        }
    }

    @Test
    void allAtOnce() throws Exception {
        Article a = clip(String.join("\n", HOSTILE));
        assertSafe(a.html(), "all");
        // the harmless remote image stays, as a link to be loaded (or not) by whoever displays it
        assertTrue(a.html().contains("https://img.example/ok.png"), a.html());
    }

    /** Parses the cleaned HTML and checks every element and attribute against what is allowed. */
    static void assertSafe(String html, String what) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : List.of("<script", "<iframe", "<frame", "<form", "<input", "<button", "<object", "<embed",
                "<svg", "<math", "<style", "<link", "<meta", "<base", "<template", "javascript:", "vbscript:",
                "data:", "expression(", "onerror", "onclick", "onload", "onmouseover", "formaction", "style=",
                "srcset", "evil.example")) {
            assertFalse(lower.contains(bad), what + ": '" + bad + "' survived in " + html);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            for (Attribute attr : e.attributes()) {
                String k = attr.getKey().toLowerCase(Locale.ROOT);
                assertFalse(k.startsWith("on") || k.equals("style"), what + ": attribute " + k);
                if (k.equals("href") || k.equals("src")) {
                    String v = attr.getValue().strip().toLowerCase(Locale.ROOT);
                    assertTrue(v.startsWith("http://") || v.startsWith("https://") || v.startsWith("mailto:")
                            || v.startsWith("cid:") || v.startsWith("#"), what + ": " + k + "=" + v);
                }
            }
        }
    }
}
