package dev.mailclip.recover;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The publication date a whole page shows in its article's header, when its metadata gives none: the first
 * {@code <time>} that is not an update and stands
 * <ul>
 *   <li>in the article's header ({@code page:time:header}): inside an element whose class names an article's
 *       header or meta line ({@code entry-header}, {@code post-meta}, {@code article__meta}, {@code byline}, ...),
 *       or inside a {@code <header>} (or carrying {@code pubdate}) inside an {@code <article>} or {@code <main>};
 *       or</li>
 *   <li>right under the article's title ({@code page:time:title}): after the first {@code <h1>} of its
 *       {@code <article>} or {@code <main>}, with no more than a line of text between them.</li>
 * </ul>
 * Its {@code datetime} is read, or else its own text when that is a whole date ("Dec 19, 2025"); a day
 * without its year, or after the mail's, is no date. Anywhere else on a page a date may be a comment's, a
 * related story's or today's: it is not read.
 */
final class ArticleHeaderTime {
    /** an element that heads an article: its header, its meta line (also in BEM's {@code article__meta}), its byline */
    private static final Pattern HEADER_CLASS = Pattern.compile(
            "(?:entry|article|post|story)[-_]+(?:header|meta)|byline|dateline");
    /** what says a date is a revision's, not the publication's */
    private static final Pattern UPDATE = Pattern.compile("(?i)updat|modifi|revis|edited");
    /** {@code <time>} elements looked at, ancestors climbed from each: no selector with a descendant combinator,
     *  which jsoup evaluates by climbing from every element (quadratic on a deep page) */
    static final int MAX_TIMES = 100;
    private static final int MAX_CLIMB = 40;
    /** a date's text: "Wednesday, 19 December 2025 at 10:30", not a paragraph */
    private static final int MAX_TEXT = 60;
    /** between the title and its date: a byline, a reading time, a category; not the article's first paragraph */
    private static final int MAX_TEXT_BETWEEN = 200;
    private static final int MAX_NODES_BETWEEN = 200;

    private ArticleHeaderTime() {
    }

    static Claim of(Document page, LocalDate mailDay) {
        return of(page.getElementsByTag("time"), mailDay);
    }

    /** @param times the page's {@code <time>} elements in document order; the first {@link #MAX_TIMES} are read */
    static Claim of(java.util.List<Element> times, LocalDate mailDay) {
        int seen = 0;
        FirstHeadings headings = new FirstHeadings();
        for (Element time : times) {
            if (++seen > MAX_TIMES) {
                break;
            }
            String value = value(time);
            if (value == null) {
                continue;
            }
            String evidence = inArticleHeader(time) ? "page:time:header"
                    : underArticleTitle(time, headings) ? "page:time:title" : null;
            Claim c = evidence == null ? null : PageMetadata.date(value, mailDay, evidence);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The time's {@code datetime}, else its own short text; null for one with neither, or an update's: marked so
     * in its class or its text, or in the words around it ("Updated <time>...</time>").
     */
    private static String value(Element time) {
        Element around = time.parent();
        if (UPDATE.matcher(time.className()).find() || around != null && UPDATE.matcher(around.ownText()).find()) {
            return null;
        }
        String datetime = time.attr("datetime").strip();
        if (!datetime.isEmpty()) {
            return datetime;
        }
        String text = time.text().strip();
        return text.isEmpty() || text.length() > MAX_TEXT || UPDATE.matcher(text).find() ? null : text;
    }

    private static boolean inArticleHeader(Element time) {
        boolean header = time.hasAttr("pubdate");
        int climbed = 0;
        for (Element a = time.parent(); a != null && climbed < MAX_CLIMB; a = a.parent(), climbed++) {
            String tag = a.normalName();
            if (HEADER_CLASS.matcher(a.className().toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
            header |= tag.equals("header");
            if (header && (tag.equals("article") || tag.equals("main"))) {
                return true;
            }
        }
        return false;
    }

    /** After the first {@code <h1>} of the time's article (or main), with at most a line of text between. */
    private static boolean underArticleTitle(Element time, FirstHeadings headings) {
        Element article = null;
        int climbed = 0;
        for (Element a = time.parent(); a != null && climbed < MAX_CLIMB && article == null; a = a.parent(), climbed++) {
            if (a.normalName().equals("article") || a.normalName().equals("main")) {
                article = a;
            }
        }
        Element title = article == null ? null : headings.of(article);
        if (title == null) {
            return false;
        }
        int text = 0;
        int nodes = 0;
        for (Node n = DocumentOrder.afterSubtree(title, article); n != null && nodes < MAX_NODES_BETWEEN;
                n = DocumentOrder.next(n, article), nodes++) {
            if (n == time) {
                return true;
            }
            if (n instanceof TextNode t) {
                text += t.text().strip().length();
                if (text > MAX_TEXT_BETWEEN) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The first {@code <h1>} of the last article asked about: a page's times mostly share one article. */
    private static final class FirstHeadings {
        private Element article;
        private Element title;

        Element of(Element article) {
            if (article != this.article) {
                this.article = article;
                this.title = article.getElementsByTag("h1").first();
            }
            return title;
        }
    }
}
