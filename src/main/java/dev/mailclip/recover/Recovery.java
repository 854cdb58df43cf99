package dev.mailclip.recover;

import dev.mailclip.mail.Content;
import org.jsoup.nodes.Document;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * Runs the recognisers over one clip in a fixed order of trust, lets the {@link Verdict} decide
 * article or mail, and settles the fields.
 * <p>
 * HTML first: Reader View markup, a feed item's linked heading, then a saved page's own metadata.
 * When the HTML gave no body, the text recognisers read the text part (or the HTML's text,
 * {@link HtmlOnlyText}): a Markdown clipper's YAML front matter, a shared link, a URL and title above pasted
 * text, markdown, the Reader-View-as-text head, labelled lines, a URL alone at either end, a "By" line, the publisher footer and boilerplate, a news dateline. The first
 * claim on a field wins; {@code docs/RECORD.md} lists the resulting order per field. The subject is the
 * title of last resort, when it is not the person's own words.
 */
public final class Recovery {

    private final List<HtmlRecogniser> htmlRecognisers = List.of(new ReaderViewRecogniser(),
            new FeedItemRecogniser(), new ReadLaterShareRecogniser(), new SavedPageRecogniser());
    private final List<TextRecogniser> textRecognisers = List.of(new FrontMatterRecogniser(), new ShareRecogniser(),
            new UrlTitleTextRecogniser(), new MarkdownRecogniser(), new TextHeaderRecogniser(),
            new LabelledLinesRecogniser(), new EdgeUrlRecogniser(), new ByLineRecogniser(),
            new PublisherFooterRecogniser(), new DatelineRecogniser());

    /**
     * Off only to test that the gates change no record ({@code RecoveryGateTest}, {@code HtmlGateTest}): the one
     * before the text recognisers, and the one before the HTML recognisers ({@link HtmlShapeGate}).
     */
    private final boolean gate;

    public Recovery() {
        this(true);
    }

    /** @param gate false only for the tests that hold the gates to changing no record */
    public Recovery(boolean gate) {
        this.gate = gate;
    }

    /** The HTML recognisers in their order of trust (the bench times them one by one). */
    List<HtmlRecogniser> htmlRecognisers() {
        return htmlRecognisers;
    }

    public Findings recover(Content content, ClipContext context) {
        Findings findings = new Findings();
        String feedItemUrl = context.signals().feedItemUrl();
        if (feedItemUrl != null && Hosts.isUrl(feedItemUrl)) {
            // an RSS-to-email gateway named the item in a header (X-RSS-URL): in its HTML and its text form
            findings.claim(Field.URL, UrlCleaner.clean(feedItemUrl), "mail:x-rss-url");
        }
        // the gate, on the HTML's sketch: mostly the one the forward peeler made
        boolean gated = gate && content.hasHtml() && context.source() == ClipContext.Source.MESSAGE_BODY;
        if (gated) {
            content = content.sketched();
        }
        boolean readHtml = !gated || HtmlShapeGate.mayHoldShape(content.sketch(), context);
        // parsed once: the forward peeler may have done it; not at all when its text is all recovery reads
        Document doc = readHtml || !content.hasText() ? content.parsedHtml() : null;
        if (doc != null && readHtml) {
            for (HtmlRecogniser r : htmlRecognisers) {
                r.recognise(doc, context, findings);
            }
        }
        String text = content.hasText() ? content.text() : doc != null ? HtmlOnlyText.of(doc) : null;
        String tidy = text == null ? null : HtmlText.tidy(text);
        IntSupplier words;
        if (findings.text() == null && tidy != null) {
            // the cheap gate: most mail has nothing the text recognisers could make an article of
            words = gate && Verdict.textCannotMakeAnArticle(findings, context, tidy) ? () -> 0
                    : readText(tidy, context, findings);
        } else {
            String taken = findings.text();
            words = () -> taken == null ? 0 : TextClip.readingWords(taken);
        }
        Verdict.Body body = new Verdict.Body(words, text);
        findings.verdict(Verdict.decide(findings, context, body));
        if (!findings.isArticle() && tidy != null && findings.html() == null) {
            // ordinary mail keeps its text whole: what the recognisers took was no clip's
            findings.keepWholeText(tidy);
        }
        return settle(findings, context);
    }

    /**
     * The root page of a web archive (.mhtml), marked with the address it was saved from (its
     * {@code Content-Location}), for the recognisers to read as the page's URL when it names none itself.
     */
    public static Document savedFrom(Document page, String location) {
        return SavedPageRecogniser.savedFrom(page, location);
    }

    /**
     * A web page printed to PDF and attached ({@link PrintedPage}): the title and URL of the browser's
     * header and footer, the text without them. Null when the PDF is unreadable or holds no text.
     *
     * @param maxTextChars the most characters of text read from it
     */
    public Findings recoverPrinted(byte[] pdf, ClipContext context, int maxTextChars) {
        PrintedPage.Page page = PrintedPage.read(pdf, maxTextChars);
        if (page == null) {
            return null;
        }
        Findings findings = new Findings();
        findings.claim(Field.TITLE, page.title(), "page:print:title");
        findings.claim(Field.URL, page.url(), "page:print:url");
        // the print date is when it was printed: never the published date
        findings.body(page.body(), null);
        Verdict.Body body = new Verdict.Body(() -> TextClip.readingWords(page.body()), page.body());
        findings.verdict(Verdict.decide(findings, context, body));
        return settle(findings, context);
    }

    /** The last steps for an article: the title without the site's name, the subject, the site from the URL. */
    private static Findings settle(Findings findings, ClipContext context) {
        cutSiteNameFromTitle(findings);
        if (findings.isArticle() && !findings.has(Field.TITLE) && subjectIsTitle(context.subject(), findings)) {
            findings.claim(Field.TITLE, Titles.fromSubject(context.subject()), "mail:subject");
        }
        if (findings.isArticle() && !findings.has(Field.SITE) && findings.has(Field.URL)) {
            findings.claim(Field.SITE, Hosts.of(findings.value(Field.URL)), "url:host");
        }
        return findings;
    }

    /**
     * The subject is the title of last resort unless it is the person's own label ("read this"); when
     * the link came in the person's own words, only a subject that matches the link's page is a title.
     */
    private static boolean subjectIsTitle(String subject, Findings findings) {
        if (subject == null || SubjectTitles.isOwnWords(subject) || ShareRecogniser.subjectUrl(subject) != null) {
            return false; // a label of the person's, or the link itself
        }
        return !findings.evidence(Field.URL, ShareRecogniser.IN_NOTE)
                || SubjectTitles.matchesUrl(subject, findings.value(Field.URL));
    }

    /**
     * A title the clip's own layout gave loses the site's name that pages add to it; a title passed
     * along whole (the subject of a share, a feed item's heading, a page's own title) is kept as it is.
     */
    private static void cutSiteNameFromTitle(Findings findings) {
        findings.get(Field.TITLE).ifPresent(title -> {
            String ev = title.evidence();
            if (ev.startsWith("mail:") || ev.startsWith("share:") || ev.startsWith("feed:")
                    || ev.startsWith("page:") || ev.startsWith("clip:")) {
                return;
            }
            String host = Hosts.of(findings.value(Field.URL));
            String site = findings.value(Field.SITE);
            if (host == null && site != null && Hosts.isBareHost(site)) {
                host = site;
            }
            String cut = Titles.withoutSiteName(title.value(), host, site);
            if (!cut.equals(title.value())) {
                findings.revise(Field.TITLE, cut, ev + ":site-name-cut");
            }
        });
    }

    /** Reads the text recognisers' claims and the body from a tidied text; returns the count of the body's words. */
    private IntSupplier readText(String tidy, ClipContext context, Findings findings) {
        TextClip clip = readLines(TextClip.ofTidy(tidy), context, findings);
        findings.body(clip.body(), null);
        return clip::bodyWords;
    }

    /** The text as lines after every text recogniser has claimed from it and taken its lines. */
    TextClip readLines(String text, ClipContext context, Findings findings) {
        return readLines(new TextClip(text), context, findings);
    }

    private TextClip readLines(TextClip clip, ClipContext context, Findings findings) {
        for (TextRecogniser r : textRecognisers) {
            r.recognise(clip, context, findings);
        }
        // a link as the subject over a longer text: the text's URL when the text names none (least trusted)
        String subjectUrl = findings.has(Field.URL) ? null : ShareRecogniser.subjectUrl(context.subject());
        if (subjectUrl != null) {
            findings.claim(Field.URL, subjectUrl, "mail:subject-url");
        }
        return clip;
    }

}
