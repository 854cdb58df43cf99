package dev.mailclip.recover;

import dev.mailclip.article.SafeHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole saved web page (Safari's "share → Mail", an attached .html, .htm or .mhtml, a newsletter that
 * carries its page's head): its own metadata by {@link PageMetadata} (evidence {@code page:*}, in that
 * class's order of trust) and its main content by {@link PageBody}.
 * <p>
 * A whole page is an HTML document whose {@code <head>} has a {@code <title>} or page metadata
 * (canonical link, Open Graph or article tags, JSON-LD), or that carries a browser's or SingleFile's save
 * mark. An ordinary HTML mail body is none of these; a Reader View paste is left to
 * {@link ReaderViewRecogniser}, which runs first: when it set the body, nothing here is claimed.
 * <p>
 * The publication date is only what the page states: SingleFile's save date is never taken for it, nor
 * is the mail's date. A page's {@code <title>} is its title, and its main content the body, only when the
 * page also names its address, or when it is a page attached to a message (or a loose file): an HTML mail
 * with a {@code <title>} and nothing more (a link shared with pasted text) is left to the text recognisers.
 */
final class SavedPageRecogniser implements HtmlRecogniser {
    // parsed once: jsoup would parse a query string again on every message
    private static final Evaluator PAGE_META = QueryParser.parse(
            "link[rel=canonical][href], meta[property^=og:][content], meta[property^=article:][content], "
                    + "script[type=application/ld+json]");

    /** where a web archive's address is kept on its parsed root page: an attribute no markup can set */
    private static final String CONTENT_LOCATION = "mailclip:content-location";
    /** what a page says it is when it is no article: a video, a product, an event, a profile, a repository ("object") */
    private static final Pattern NOT_READING = Pattern.compile(
            "(?i)\\s*(?:video|music|product|og:product|object|profile|book|books|place|business|restaurant|event|events"
            + "|game|fitness)(?:\\.[a-z_.]+)?\\s*");
    private static final Evaluator OG_TYPE = QueryParser.parse("meta[property=og:type]");

    /**
     * The root page of a web archive (.mhtml), marked with the address it was saved from (its
     * {@code Content-Location}): the URL when the page names none itself ({@code page:mhtml:content-location}).
     */
    public static Document savedFrom(Document page, String location) {
        if (page != null && location != null && Hosts.isUrl(location.strip())) {
            page.attr(CONTENT_LOCATION, location.strip());
        }
        return page;
    }

    @Override
    public void recognise(Document doc, ClipContext context, Findings findings) {
        if (findings.text() != null || findings.anyEvidence("reader-view") || !wholePage(doc)) {
            return;
        }
        Element ogType = doc.head().selectFirst(OG_TYPE);
        if (ogType != null && NOT_READING.matcher(ogType.attr("content")).matches()) {
            return; // a shop's product, a video, an event page mailed on: the page says it is no article
        }
        PageMetadata page = PageMetadata.read(doc, context.mailDay());
        boolean addressed = page.url() != null || doc.hasAttr(CONTENT_LOCATION)
                || context.source() != ClipContext.Source.MESSAGE_BODY;
        claim(Field.URL, page.url(), findings);
        if (doc.hasAttr(CONTENT_LOCATION)) {
            findings.claim(Field.URL, UrlCleaner.clean(doc.attr(CONTENT_LOCATION)), "page:mhtml:content-location");
        }
        if (page.title() != null && (addressed || !page.title().evidence().startsWith("page:title"))) {
            claim(Field.TITLE, page.title(), findings);
        }
        claim(Field.PUBLISHED, page.published(), findings);
        claim(Field.AUTHOR, page.author(), findings);
        claim(Field.SITE, page.site(), findings);
        if (addressed) {
            // a mail body with a <title> but no address of its own is left to the text recognisers
            Optional<PageBody.Body> body = PageBody.extract(doc);
            body.ifPresent(b -> findings.body(b.text(), SafeHtml.clean(b.content())));
        }
    }

    /** A head with a title or page metadata, or a save mark: not an ordinary HTML mail body. */
    static boolean wholePage(Document doc) {
        Element head = doc.head();
        return !doc.title().isBlank() || doc.hasAttr(CONTENT_LOCATION) || head.selectFirst(PAGE_META) != null
                || PageMetadata.saveMarked(doc);
    }

    private static void claim(Field field, Claim claim, Findings findings) {
        if (claim != null) {
            findings.claim(field, claim.value(), claim.evidence());
        }
    }
}
