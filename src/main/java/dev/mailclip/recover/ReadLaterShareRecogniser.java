package dev.mailclip.recover;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A read-later or reader app's "share" or "email this article" mail: "Paul shared “The quiet river”",
 * "Paul shared an article with you". The article is the link whose text is the shared title (or, when
 * the subject does not quote it, the first link of three words or more that is no furniture); its title
 * is that text, never "Paul shared …". Such mail comes from the service's mailbox, so only this shape,
 * not a bare link, makes it an article.
 */
final class ReadLaterShareRecogniser implements HtmlRecogniser {
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final int MAX_LINKS = 100;
    /** "Paul shared “Title”", "Paul recommended: Title", "Paul sent you “Title”". */
    private static final Pattern SHARED_SUBJECT = Pattern.compile(
            "(?iu)^.{1,80}?\\s(?:has )?(?:shared|recommended|recommends|sent you|wants you to read)(?: an article| a link| a story)?(?: with you)?\\s*:?\\s*[“\"'‘«]?(.{3,250}?)[”\"'’»]?\\s*$");
    static final Pattern SHARED_BODY = Pattern.compile(
            "(?iu)\\b(?:shared|recommended|sent you) (?:an article|a link|a story|this article|this story)(?: with you)?\\b");
    /** SHARED_BODY's verb and object without their spaces: a body whose text nodes hold none cannot match it */
    private static final FoldedWords SHARED_IN_NODES = new FoldedWords(Stream.of("shared", "recommended", "sentyou")
            .flatMap(verb -> Stream.of("anarticle", "alink", "astory", "thisarticle", "thisstory").map(o -> verb + o))
            .toList());
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)\\b(?:click|tap|here|more information|read more|"
            + "learn more|view|open|download|get the app|sign up|log in)\\b");
    private static final Pattern FURNITURE = Pattern.compile("(?i)unsubscribe|preferences|settings|/account|/signup|"
            + "/login|/download|apps?\\.apple\\.com|play\\.google\\.com|mailto:|/privacy|/terms|/help|"
            // a shared document, not an article
            + "docs\\.google|drive\\.google|dropbox|onedrive|sharepoint|1drv\\.ms|box\\.com|icloud\\.com|figma\\.com|notion\\.so");

    /** A link text that is a title: three words or more, not shouted, not a call to click. */
    private static boolean readsAsTitle(String text) {
        return TextClip.words(text) >= 3 && Titles.looksLikeTitle(text) && !Titles.isLoud(text)
                && !CALL_TO_ACTION.matcher(text).find();
    }

    /** The first link to a page (not the app's own furniture) that the test accepts, or null. */
    private static Element firstLink(Elements links, java.util.function.Predicate<Element> test) {
        for (int k = 0; k < links.size() && k < MAX_LINKS; k++) {
            Element a = links.get(k);
            String href = a.attr("href").strip();
            if (Hosts.isUrl(href) && !FURNITURE.matcher(href).find() && test.test(a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * SHARED_BODY in the body's text. Its verbs are looked for first among the letters of the body's text
     * nodes, without rendering the text or running the regex: most HTML mail has none.
     */
    private static boolean sharedInBody(Document doc) {
        Element body = doc.body();
        return body != null && mayHoldVerb(body) && SHARED_BODY.matcher(body.text()).find();
    }

    /** The same for a text read whole: the text nodes' text, one after another ({@link dev.mailclip.mail.HtmlSketch}). */
    static boolean mayHoldVerb(CharSequence text) {
        return SHARED_IN_NODES.scan().feed(text);
    }

    /** The title a subject says was shared ("Paul shared “Title”"), or null. */
    static String sharedTitle(ClipContext context) {
        String subject = Titles.fromSubject(context.subject());
        Matcher m = subject == null ? null : SHARED_SUBJECT.matcher(subject);
        return m != null && m.matches() ? m.group(1).strip() : null;
    }

    /**
     * Whether the text nodes under the element, read one after another, may hold what SHARED_BODY asks for.
     * The element's text is those nodes' text with white space evened out, zero-width spaces and soft hyphens
     * left out and spaces put between blocks: passing over white space and those, the letters of a match
     * stand together in the nodes too.
     */
    static boolean mayHoldVerb(Element element) {
        FoldedWords.Scan verbs = SHARED_IN_NODES.scan();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                boolean found = node instanceof TextNode t && verbs.feed(t.getWholeText());
                return found ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return verbs.found();
    }

    @Override
    public void recognise(Document doc, ClipContext context, Findings findings) {
        String sharedTitle = sharedTitle(context);
        if (sharedTitle == null && !sharedInBody(doc)) {
            return;
        }
        Elements links = doc.select(LINKS);
        // the link the subject quotes; else the first link whose text reads as a title
        Element shared = sharedTitle == null ? null : firstLink(links, a -> a.text().strip().equalsIgnoreCase(sharedTitle));
        Element link = sharedTitle != null ? shared : firstLink(links, a -> readsAsTitle(a.text().strip()));
        if (link != null && findings.claim(Field.URL, UrlCleaner.clean(link.attr("href").strip()), "feed:shared-link")) {
            findings.claim(Field.TITLE, link.text().strip(), "feed:shared-title");
        }
    }
}
