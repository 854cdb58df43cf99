package dev.mailclip.recover;

import dev.mailclip.article.SafeHtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Firefox Reader View markup, as pasted into a mail composer (with Gmail's {@code gmail-} prefixes,
 * Outlook's {@code x_}, or none): the domain link (URL and host), the {@code reader-title} h1, the
 * {@code credits} line (author, or the site's own name), the {@code meta-data} line (a date, or a
 * reading time that is ignored), and the {@code moz-reader-content} body. The words pasted above
 * the reader block are the sender's note.
 */
final class ReaderViewRecogniser implements HtmlRecogniser {
    /** a first line of the article this short may be its date alone */
    private static final int OPENING_DATE_CHARS = 80;

    @Override
    public void recognise(Document doc, ClipContext context, Findings findings) {
        Element[] marked = Markup.firsts(doc, "reader-title", "moz-reader-content");
        Element title = marked[0];
        Element content = marked[1];
        if (title == null && content == null) {
            return;
        }
        Element domain = Markup.first(doc, "reader-domain");
        if (domain == null) {
            domain = Markup.first(doc, "domain");
        }
        String host = null;
        if (domain != null) {
            String href = domain.attr("href").strip();
            if (Hosts.isUrl(href)) {
                findings.claim(Field.URL, href, "reader-view:domain-link");
            }
            host = Hosts.of(href);
            String shown = domain.text().strip();
            if (host == null && Hosts.isBareHost(shown)) {
                host = Hosts.withoutWww(shown.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (title != null) {
            findings.claim(Field.TITLE, title.text(), "reader-view:h1");
        }
        Element credits = Markup.first(doc, "reader-credits");
        if (credits == null) {
            credits = Markup.first(doc, "credits");
        }
        if (credits != null) {
            readCredits(lines(credits), host, context, findings);
        }
        Element meta = Markup.first(doc, "meta-data");
        if (meta != null) {
            for (String line : lines(meta)) {
                Optional<FoundDate> date = DateReader.readDateline(line, context.mailDay());
                if (date.isPresent()) {
                    findings.claim(Field.PUBLISHED, date.get().iso(),
                            date.get().yearInferred() ? "reader-view:meta-data:year-from-mail" : "reader-view:meta-data");
                    break;
                }
            }
        }
        if (host != null) {
            findings.claim(Field.SITE, host, "reader-view:domain");
        }
        Element body = content != null ? content : Markup.first(doc, "content");
        if (body != null) {
            String text = HtmlText.of(body);
            readOpeningDate(text, context, findings);
            findings.body(text, SafeHtml.clean(body));
        }
        Element container = title != null ? containerOf(title) : containerOf(body);
        findings.note(noteAbove(doc, container));
    }

    /** The page's date where Readability kept it, as the article's first line: "<p>March 13, 2024</p>". */
    private static void readOpeningDate(String text, ClipContext context, Findings findings) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (!findings.has(Field.PUBLISHED) && first.length() <= OPENING_DATE_CHARS) {
            DateReader.readDateline(first, context.mailDay()).ifPresent(date -> findings.claim(Field.PUBLISHED, date.iso(),
                    date.yearInferred() ? "reader-view:content-date:year-from-mail" : "reader-view:content-date"));
        }
    }

    /** Credits hold the byline, sometimes the site's own name, sometimes a date on a second line. */
    private static void readCredits(List<String> lines, String host, ClipContext context, Findings findings) {
        for (String line : lines) {
            Bylines.NameAndDate split = Bylines.splitDate(line, context.mailDay());
            if (split.date() != null) {
                findings.claim(Field.PUBLISHED, split.date().iso(), "reader-view:credits");
            }
            String byline = split.name();
            if (byline == null) {
                continue;
            }
            if (Hosts.nameMatches(byline, host) && !Bylines.looksLikePerson(byline)) {
                findings.claim(Field.SITE, byline, "reader-view:credits");
            } else {
                findings.claim(Field.AUTHOR, byline, "reader-view:credits");
            }
        }
    }

    /** The element's text split on line breaks and block boundaries, blank lines dropped. */
    private static List<String> lines(Element el) {
        List<String> out = new ArrayList<>();
        for (String line : HtmlText.of(el).split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** The reader block: the {@code container} around the element, else the element itself. */
    private static Element containerOf(Element el) {
        if (el == null) {
            return null;
        }
        Element container = Markup.closest(el, "container");
        if (container == null) {
            container = Markup.closest(el, "reader-header"); // a clip without Reader View's container: its header
        }
        return container != null ? container : el;
    }

    /** The text before the reader block: what the sender typed above the paste. */
    private static String noteAbove(Document doc, Element container) {
        if (container == null) {
            return null;
        }
        StringBuilder note = new StringBuilder();
        for (Node n = previousInDocument(container); n != null; n = previousInDocument(n)) {
            if (n instanceof org.jsoup.nodes.TextNode tn && !tn.isBlank()) {
                note.insert(0, tn.text() + " ");
            } else if (n instanceof Element e && e.normalName().equals("br")) {
                note.insert(0, "\n");
            }
        }
        String s = HtmlText.tidy(note.toString());
        return s.isBlank() ? null : s;
    }

    /** The node before this one in document order, not descending into this one's ancestors. */
    private static Node previousInDocument(Node node) {
        Node prev = node.previousSibling();
        if (prev != null) {
            while (prev.childNodeSize() > 0) {
                prev = prev.childNode(prev.childNodeSize() - 1);
            }
            return prev;
        }
        Node parent = node.parent();
        return parent instanceof Document ? null : parentSkipping(parent);
    }

    private static Node parentSkipping(Node parent) {
        if (parent == null || parent instanceof Document) {
            return null;
        }
        return previousInDocument(parent);
    }
}
