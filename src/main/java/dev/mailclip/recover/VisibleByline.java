package dev.mailclip.recover;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The author a whole page shows on itself when its metadata names none, found as Readability finds a byline:
 * the first element, in document order, marked as one ({@code rel="author"}, {@code itemprop="author"}, or a
 * class or id that says byline or author) whose text is short. Comments, footers, sidebars, navigation and
 * related links are passed over whole: their authors are not the article's. Only a name that reads as a
 * person's ({@link Bylines#looksLikePerson}) is kept, so a marked "Editorial Team" or a date gives nothing.
 */
final class VisibleByline {
    /** what a byline's class or id says (Readability's {@code byline} pattern, less its {@code dateline}) */
    private static final Pattern MARKED = Pattern.compile("(?i)byline|author|writtenby|p-author");
    /** a part of the page around the article, not of it: Readability's unlikely candidates that hold names */
    private static final Pattern AROUND = Pattern.compile(
            "(?i)comment|disqus|footer|sidebar|related|replies|remark|community|social|sponsor|popup|menu|breadcrumbs");
    /** Readability's limit: a byline is a line, not a paragraph about the author */
    private static final int MAX_CHARS = 100;
    /** nor a tree of elements: a byline is a line with a link or two in it */
    private static final int MAX_NODES = 100;
    /** elements looked at: the byline heads the article */
    private static final int MAX_ELEMENTS = 5_000;

    private VisibleByline() {
    }

    /** The page's visible author, cleaned ("By" and trailing marks gone), or null. */
    static String of(Document page) {
        Element body = page.body();
        if (body == null) {
            return null;
        }
        Finder finder = new Finder();
        body.filter(finder);
        return finder.name;
    }

    private static final class Finder implements NodeFilter {
        private String name;
        private int seen;

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (++seen > MAX_ELEMENTS) {
                return FilterResult.STOP;
            }
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside") || tag.equals("script")
                    || tag.equals("style") || tag.equals("template")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (e.attributesSize() == 0) {
                return FilterResult.CONTINUE; // no class, id, rel or itemprop: neither around the article nor a byline
            }
            // most elements of mail have neither class nor id, and the patterns find nothing in a bare " "
            String marks = e.className().isEmpty() && e.id().isEmpty() ? null : e.className() + " " + e.id();
            if (marks != null && AROUND.matcher(marks).find()) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (marked(e, marks)) {
                String text = DocumentOrder.shortText(e, MAX_CHARS, MAX_NODES);
                if (text != null && !text.isEmpty()) {
                    String cleaned = Bylines.clean(text);
                    if (Bylines.looksLikePerson(cleaned)) {
                        name = cleaned;
                        return FilterResult.STOP;
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        /** @param marks the class and the id, or null when the element has neither */
        private static boolean marked(Element e, String marks) {
            return e.attr("rel").toLowerCase(Locale.ROOT).equals("author")
                    || e.attr("itemprop").toLowerCase(Locale.ROOT).contains("author")
                    || marks != null && MARKED.matcher(marks).find();
        }
    }
}
