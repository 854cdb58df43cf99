package dev.mailclip.recover;

import dev.mailclip.mail.HtmlSketch;
import dev.mailclip.mail.MailSignals;

/**
 * Whether any HTML recogniser could claim a field or a body from a message's HTML, read off its {@link HtmlSketch}:
 * of the HTML before it is parsed for mail with both bodies, of the parsed tree for HTML-only mail (which is parsed
 * for its text anyway). Each recogniser stands on something a sketch shows:
 * <ul>
 *   <li>Reader View on its title's or content's class name;</li>
 *   <li>a feed item, only in list, gateway, service or forwarded mail, on a heading (h1 to h3, Mailchimp's and
 *       Ghost's title classes) or, in list and gateway mail, on a link that reads "read online" or "view in
 *       browser";</li>
 *   <li>a read-later share on its subject, or on its verbs in the text ("shared an article");</li>
 *   <li>a whole page on its address (canonical link, Open Graph, JSON-LD, a save mark in a comment), its
 *       article properties, or a {@code <title>} with more metadata beside it: a title alone it never claims
 *       from a message's body.</li>
 * </ul>
 * A body with none of them gives the recognisers nothing. Kept exact by {@code HtmlShapeGateTest} and
 * {@code HtmlGateTest}.
 */
final class HtmlShapeGate {
    private HtmlShapeGate() {
    }

    static boolean mayHoldShape(HtmlSketch sketch, ClipContext context) {
        if (!sketch.plain()) {
            return true;
        }
        String markup = sketch.markup();
        return mayHoldReaderView(markup) || mayHoldFeedItem(sketch, context)
                || ReadLaterShareRecogniser.sharedTitle(context) != null || ReadLaterShareRecogniser.mayHoldVerb(sketch.text())
                || mayBeWholePage(sketch);
    }

    /** {@link ReaderViewRecogniser} reads nothing without its title or its content block */
    private static boolean mayHoldReaderView(String markup) {
        return markup.contains("reader-title") || markup.contains("moz-reader-content");
    }

    /** {@link FeedItemRecogniser}: its mail, and a heading, or a link to read online in list and gateway mail */
    private static boolean mayHoldFeedItem(HtmlSketch sketch, ClipContext context) {
        MailSignals signals = context.signals();
        boolean listOrGateway = signals.bulk() || signals.feedGateway();
        if (!listOrGateway && !signals.roleSender() && context.senders().size() <= 1) {
            return false;
        }
        String markup = sketch.markup();
        return sketch.hasTag("h1") || sketch.hasTag("h2") || sketch.hasTag("h3") || markup.contains("mc-toc-title")
                || markup.contains("post-title")
                || listOrGateway && markup.contains("href") && FeedItemRecogniser.mayHoldReadOnline(sketch.text());
    }

    /**
     * {@link SavedPageRecogniser}: a whole page ({@link SavedPageRecogniser#wholePage}) that names its address
     * (its metadata, a save mark) or gives more than its {@code <title>}, which alone it never claims from a
     * message's body
     */
    private static boolean mayBeWholePage(HtmlSketch sketch) {
        String markup = sketch.markup();
        boolean addressed = markup.contains("canonical") || markup.contains("og:") || markup.contains("ld+json")
                || PageMetadata.mayHoldSaveMark(sketch.comments());
        return addressed || markup.contains("article:")
                || sketch.hasTag("title") && PageMetadata.mayGiveMoreThanTitle(markup);
    }
}
