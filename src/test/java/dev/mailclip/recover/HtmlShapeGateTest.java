package dev.mailclip.recover;

import dev.mailclip.RandomTexts;
import dev.mailclip.mail.HtmlDocuments;
import dev.mailclip.mail.HtmlSketch;
import dev.mailclip.mail.MailSignals;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate before the HTML recognisers ({@link HtmlShapeGate}) lets through every body one of them claims anything
 * from: on random bodies made of the markup each stands on and of ordinary mail's, under the signals, senders and
 * subjects that admit them, a body the gate keeps back gives every recogniser nothing to claim, no body, no note.
 */
class HtmlShapeGateTest {
    private static final List<String> PIECES = List.of("<p>Hi Ann, the river rose again.</p>", "<br>", "<div>", "</div>",
            "<div class=\"container\"><div class=\"header reader-header\"><a class=\"domain reader-domain\" href=\"https://news.example.com/river\">news.example.com</a>",
            "<h1 class=\"reader-title\">The quiet river</h1>", "<div class=\"gmail-credits gmail-reader-credits\">Jane Doe</div>",
            "<div class=\"x_moz-reader-content\"><p>The river rose again this spring, and the town watched.</p></div>",
            "<div class=\"meta-data\">March 3, 2024</div>", "<h1><a href=\"https://blog.example.com/2024/03/the-quiet-river\">The quiet river</a></h1>",
            "<h2>Sections</h2>", "<p>Jane Doe • 3 Jun 2024</p>", "<a class=\"post-title\" href=\"https://x.example.net/p/river\">River</a>",
            "<a href=\"https://blog.example.com/p/the-quiet-river\">Read online</a>", "<a href=\"https://blog.example.com/2024/03/quiet-river\">View this email in your browser</a>",
            "<a href=\"https://blog.example.com/p/quiet-river\">Read it on the web</a>", "<a href=\"https://example.com/unsubscribe\">Unsubscribe</a>",
            "<p>Paul shared an article with you</p>", "<p>sha<b>red a</b> story</p>", "<a href=\"https://news.example.com/a-b-c\">The quiet river runs on</a>",
            "<head><title>The quiet river</title></head>", "<link rel=\"canonical\" href=\"https://news.example.com/river\">",
            "<meta property=\"og:title\" content=\"The quiet river\">", "<meta property=\"article:published_time\" content=\"2024-03-03\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"River\"}</script>",
            "<!-- saved from url=(0040)https://news.example.com/river -->", "<!--\n Page saved with SingleFile \n url: https://a.example/b \n-->",
            "<meta property=\"og:type\" content=\"video\">", "<meta name=\"author\" content=\"Jane Doe\">",
            "<meta name=\"date\" content=\"2024-03-03\">", "<meta name=\"Generator\" content=\"Microsoft Word 15\">",
            "<meta name=\"application-name\" content=\"River News\">", "<meta name=\"twitter:title\" content=\"River\">",
            "<span class=\"byline\">By Jane Doe</span>", "<span itemprop=\"author\">Jane Doe</span>",
            "<article><header><time datetime=\"2024-03-03\">March 3, 2024</time></header><h1>River</h1></article>", "<p>" + "word ".repeat(60) + "</p>", "<table><tr><td>", "</td></tr></table>");
    private static final List<MailSignals> SIGNALS = List.of(MailSignals.NONE,
            new MailSignals(true, false, false, false, false, false, false, false, null),
            new MailSignals(false, false, false, false, false, false, true, false, null),
            new MailSignals(false, false, false, false, false, true, false, false, null));
    private static final List<String> SUBJECTS = List.of("The quiet river", "Paul shared “The quiet river runs on”", "Re: lunch");

    @Test
    void everyBodyARecogniserClaimsFromIsLetThrough() {
        List<HtmlRecogniser> recognisers = List.of(new ReaderViewRecogniser(), new FeedItemRecogniser(),
                new ReadLaterShareRecogniser(), new SavedPageRecogniser());
        Random random = new Random(20261204);
        int gated = 0;
        int gatedTree = 0;
        int claimed = 0;
        int rounds = 20_000;
        for (int round = 0; round < rounds; round++) {
            String body = RandomTexts.pieces(random, PIECES, 10, "");
            List<String> senders = random.nextBoolean() ? List.of("ann@example.org") : List.of("ann@example.org", "bob@example.com");
            ClipContext context = new ClipContext(LocalDate.of(2024, 3, 4), SUBJECTS.get(random.nextInt(SUBJECTS.size())),
                    SIGNALS.get(random.nextInt(SIGNALS.size())), ClipContext.Source.MESSAGE_BODY, senders);
            HtmlSketch tree = HtmlSketch.of(HtmlDocuments.parse(body)); // HTML-only mail's, before any recogniser reads the tree
            Document doc = HtmlDocuments.parse(body);
            Findings findings = new Findings();
            recognisers.forEach(r -> r.recognise(doc, context, findings));
            boolean found = !findings.claims().isEmpty() || findings.text() != null || findings.html() != null
                    || findings.note() != null;
            boolean through = HtmlShapeGate.mayHoldShape(HtmlSketch.of(body), context);
            assertTrue(through || !found, () -> "claims the gate keeps from the recognisers: " + findings.claims() + "\n" + body);
            boolean throughTree = HtmlShapeGate.mayHoldShape(tree, context);
            assertTrue(throughTree || !found, () -> "claims the gate on the tree keeps from the recognisers: "
                    + findings.claims() + "\n" + body);
            gatedTree += throughTree ? 0 : 1;
            gated += through ? 0 : 1;
            claimed += found ? 1 : 0;
        }
        assertTrue(gated > rounds / 25, "bodies the gate keeps from the recognisers: " + gated);
        assertTrue(gatedTree > rounds / 25, "bodies the gate on the tree keeps from the recognisers: " + gatedTree);
        assertTrue(claimed > rounds / 5, "bodies a recogniser claims from: " + claimed);
    }

    @Test
    void ordinaryHtmlMailIsKeptFromTheRecognisers() {
        ClipContext context = new ClipContext(LocalDate.of(2024, 3, 4), "lunch");
        assertFalse(HtmlShapeGate.mayHoldShape(HtmlSketch.of("<div dir=\"ltr\"><p>Hi Ann,</p><p>see <a href=\"https://x.example/\">"
                + "this</a>.</p></div>"), context));
        assertFalse(HtmlShapeGate.mayHoldShape(HtmlSketch.of("<TITLE>x</TITLE><p>Hi</p>"), context),
                "a <title> alone gives nothing from a message's body");
        assertTrue(HtmlShapeGate.mayHoldShape(HtmlSketch.of("<TITLE>x</TITLE><META NAME=Author CONTENT=Ann><p>Hi</p>"), context));
        assertTrue(HtmlShapeGate.mayHoldShape(HtmlSketch.of("<p class=\"gmail-reader-title\">x</p>"), context));
        assertTrue(HtmlShapeGate.mayHoldShape(HtmlSketch.of("<table>a<tr><td>b</td></tr></table>"), context));
    }
}
