package dev.mailclip.recover;

import dev.mailclip.forward.Content;
import org.jsoup.nodes.Document;

import java.util.List;

/**
 * Runs the recognisers over one clip in a fixed order of trust and settles the fields.
 * <p>
 * HTML first: Reader View markup, then a saved page's own metadata. When the HTML holds no
 * Reader View block, the text recognisers read the text part (or the HTML's text): markdown, the
 * Reader-View-as-text head, labelled lines, a URL alone at either end, a "By" line, the publisher
 * footer and boilerplate, a news dateline. The first claim on a field wins; {@code docs/RECORD.md} lists the
 * resulting order per field. The subject is the title of last resort.
 */
public final class Recovery {
    /** Fewer words than this and a text with only a title-like first line is an ordinary message. */
    static final int MIN_ARTICLE_WORDS = 120;

    private final List<HtmlRecogniser> htmlRecognisers = List.of(new ReaderViewRecogniser(), new PageMetaRecogniser());
    private final List<TextRecogniser> textRecognisers = List.of(new MarkdownRecogniser(),
            new TextHeaderRecogniser(), new LabelledLinesRecogniser(), new EdgeUrlRecogniser(), new ByLineRecogniser(),
            new PublisherFooterRecogniser(), new DatelineRecogniser());

    public Findings recover(Content content, ClipContext context) {
        Findings findings = new Findings();
        Document doc = content.parsedHtml(); // parsed once: the forward peeler may have done it
        if (doc != null) {
            for (HtmlRecogniser r : htmlRecognisers) {
                r.recognise(doc, context, findings);
            }
        }
        if (findings.text() == null) {
            String text = content.text() != null && !content.text().isBlank() ? content.text()
                    : doc != null ? HtmlText.of(doc.body()) : null;
            if (text != null) {
                readText(text, context, findings);
            }
        }
        cutSiteNameFromTitle(findings);
        if (findings.isArticle() && !findings.has(Field.TITLE)) {
            findings.claim(Field.TITLE, Titles.fromSubject(context.subject()), "mail:subject");
        }
        if (findings.isArticle() && !findings.has(Field.SITE) && findings.has(Field.URL)) {
            findings.claim(Field.SITE, Hosts.of(findings.value(Field.URL)), "url:host");
        }
        return findings;
    }

    private static void cutSiteNameFromTitle(Findings findings) {
        findings.get(Field.TITLE).ifPresent(title -> {
            String host = Hosts.of(findings.value(Field.URL));
            String site = findings.value(Field.SITE);
            if (host == null && site != null && Hosts.isBareHost(site)) {
                host = site;
            }
            String cut = Titles.withoutSiteName(title.value(), host, site);
            if (!cut.equals(title.value())) {
                findings.revise(Field.TITLE, cut, title.evidence() + ":site-name-cut");
            }
        });
    }

    private void readText(String text, ClipContext context, Findings findings) {
        TextClip clip = new TextClip(text);
        for (TextRecogniser r : textRecognisers) {
            r.recognise(clip, context, findings);
        }
        int words = clip.bodyWords();
        boolean titled = findings.get(Field.TITLE).map(c -> c.evidence().equals("text:first-line")).orElse(false);
        if (titled && words >= MIN_ARTICLE_WORDS) {
            findings.markArticle();
        }
        findings.body(clip.body(), null);
    }
}
