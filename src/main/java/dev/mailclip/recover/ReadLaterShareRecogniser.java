package dev.mailclip.recover;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern SHARED_BODY = Pattern.compile(
            "(?iu)\\b(?:shared|recommended|sent you) (?:an article|a link|a story|this article|this story)(?: with you)?\\b");
    /** the verbs SHARED_BODY starts with: a body without any of them cannot match it */
    private static final List<String> SHARED_VERBS = List.of("shared", "recommended", "sent you");
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

    /** SHARED_BODY in the body's text; its verbs looked for first, without the regex (most HTML mail has none). */
    private static boolean sharedInBody(Document doc) {
        String text = doc.body() == null ? "" : doc.body().text();
        return mayHold(text, SHARED_VERBS) && SHARED_BODY.matcher(text).find();
    }

    /**
     * Whether one of the words (lower case, each starting with an ASCII letter) occurs in the text, each
     * character compared as a {@code (?iu)} regex compares it (by {@code toLowerCase(toUpperCase(c))}): it
     * misses nothing the regex would find.
     */
    static boolean mayHold(String text, List<String> words) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && !isLetter(c)) {
                continue; // no word starts with one: spaces, digits, punctuation go by without folding
            }
            char first = folded(c);
            for (String word : words) {
                if (first == word.charAt(0) && holdsAt(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsAt(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int j = 1; j < word.length(); j++) {
            if (folded(text.charAt(at + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static char folded(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return (char) Character.toLowerCase(Character.toUpperCase((int) c));
    }

    @Override
    public void recognise(Document doc, ClipContext context, Findings findings) {
        String subject = Titles.fromSubject(context.subject());
        Matcher m = subject == null ? null : SHARED_SUBJECT.matcher(subject);
        String sharedTitle = m != null && m.matches() ? m.group(1).strip() : null;
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
