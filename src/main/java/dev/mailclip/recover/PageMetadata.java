package dev.mailclip.recover;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole saved web page says about itself: title, URL, publication date, author, site name, and
 * the day it was saved. Each value comes with its evidence ({@code page:json-ld:headline},
 * {@code page:og:url}, …); a field the page does not give is null.
 *
 * <p>Order of trust, the first source that gives a usable value wins:
 * <ol>
 * <li>JSON-LD: the first object typed as an article ({@code NewsArticle}, {@code Article},
 *     {@code BlogPosting}, {@code ReportageNewsArticle}, … in arrays and {@code @graph}):
 *     {@code headline}, {@code mainEntityOfPage}/{@code url}, {@code datePublished}, {@code author}
 *     (object, array or string; {@code @id} references resolved), {@code publisher.name};</li>
 * <li>Open Graph and article tags: {@code og:title}, {@code og:url}, {@code article:published_time},
 *     {@code article:author} (not a profile URL), {@code og:site_name};</li>
 * <li>microdata: {@code itemprop="headline"}, {@code "datePublished"}, {@code "author"},
 *     {@code "publisher"};</li>
 * <li>named meta tags: {@code date}, {@code pubdate}, {@code dc.date}, {@code citation_publication_date},
 *     {@code parsely-pub-date}, {@code sailthru.date}, … ; {@code author}, {@code dc.creator}, … ;
 *     {@code twitter:title}; {@code application-name};</li>
 * <li>a {@code <time>} in the article's header or right under its title, not an update's
 *     ({@link ArticleHeaderTime}); the byline the page shows, as Readability finds it, for the author
 *     ({@link VisibleByline}: {@code page:byline});</li>
 * <li>{@code <link rel=canonical>} for the URL, then the {@code <title>} for the title (a site-name
 *     segment cut only when it is the site name found above);</li>
 * <li>the save marks: a browser's {@code <!-- saved from url=(NNNN)… -->} and SingleFile's header
 *     comment give the URL last of all, and SingleFile's {@code saved date} gives {@link #saved()} —
 *     the day the page was saved, which is never taken for the publication date.</li>
 * </ol>
 * Dates are read by {@link DateReader} against the mail's day (a date after it is implausible); URLs
 * are cleaned by {@link UrlCleaner}; names by {@link Bylines#clean}. Malformed JSON-LD is skipped.
 *
 * @param title     the article's title
 * @param url       the article's URL
 * @param published the publication date (ISO day, or date-time with offset when the page states one)
 * @param author    the author or authors (", " between names)
 * @param site      the site's name
 * @param saved     when the page was saved (ISO date-time with offset), from a SingleFile header
 */
record PageMetadata(Claim title, Claim url, Claim published, Claim author, Claim site, Claim saved) {
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d{1,5}\\)\\s*(\\S+)");
    private static final Pattern SINGLE_FILE = Pattern.compile(
            "Page saved with SingleFile\\s+url:\\s*(\\S+)(?:\\s+saved date:\\s*([^\\n]+))?");
    /** JavaScript's Date.toString(), as SingleFile writes it: "Wed Oct 01 2025 03:54:45 GMT+0200 (CEST)" */
    private static final Pattern JS_DATE = Pattern.compile(
            "\\p{L}{3}\\s+(\\p{L}{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+GMT([+-])(\\d{2}):?(\\d{2})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> DATE_META = List.of("date", "pubdate", "publishdate", "publish-date",
            "publish_date", "article.published", "article:published_time", "dc.date", "dc.date.issued",
            "dcterms.date", "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date",
            "citation_online_date", "parsely-pub-date", "sailthru.date", "og:published_time");
    private static final List<String> AUTHOR_META = List.of("author", "dc.creator", "dcterms.creator",
            "citation_author", "parsely-author", "sailthru.author", "byl");
    /** how far into the document the save marks are looked for */
    private static final int MARK_NODES = 40;

    /**
     * @param page    the whole page
     * @param mailDay the day of the mail that carried it, or null: dates after it are not read
     */
    static PageMetadata read(Document page, LocalDate mailDay) {
        Index index = new Index(page);
        JsonLd ld = JsonLd.of(index.jsonLd);
        JsonNode article = ld.article();
        Marks marks = Marks.of(page, mailDay);

        Claim site = first(
                () -> claim(publisherName(ld, article), "page:json-ld:publisher"),
                () -> meta(index, "property", "og:site_name"),
                () -> itempropName(index, "publisher"),
                () -> meta(index, "name", "application-name"));
        String siteName = site == null ? null : site.value();
        Claim title = first(
                () -> claim(jsonText(article, "headline"), "page:json-ld:headline"),
                () -> meta(index, "property", "og:title"),
                () -> itemprop(index, "headline"),
                () -> meta(index, "name", "twitter:title"),
                () -> titleElement(page, siteName));
        Claim url = first(
                () -> claim(absoluteUrl(mainEntity(article)), "page:json-ld:mainEntityOfPage"),
                () -> claim(absoluteUrl(jsonText(article, "url")), "page:json-ld:url"),
                () -> claim(absoluteUrl(index.meta("property", "og:url")), "page:og:url"),
                () -> claim(absoluteUrl(index.linkHref("canonical")), "page:canonical"),
                () -> marks.url);
        Claim published = first(
                () -> date(jsonText(article, "datePublished"), mailDay, "page:json-ld:datePublished"),
                () -> date(index.meta("property", "article:published_time"), mailDay,
                        "page:article:published_time"),
                () -> itempropDate(index, mailDay),
                () -> metaDate(index, mailDay),
                () -> ArticleHeaderTime.of(index.times, mailDay));
        Claim author = first(
                () -> claim(authors(ld, article), "page:json-ld:author"),
                () -> claim(notUrl(Bylines.clean(index.meta("property", "article:author"))),
                        "page:article:author"),
                () -> itempropName(index, "author"),
                () -> metaAuthor(index),
                () -> claim(VisibleByline.of(page), "page:byline"));
        return new PageMetadata(title, url, published, author, site, marks.saved);
    }

    /** The six fields by name, in the order above ("title", "url", "published", "author", "site", "saved"); a field
     *  the page does not give is absent. */
    Map<String, Claim> found() {
        Map<String, Claim> found = new LinkedHashMap<>();
        String[] names = {"title", "url", "published", "author", "site", "saved"};
        Claim[] claims = {title, url, published, author, site, saved};
        for (int i = 0; i < names.length; i++) {
            if (claims[i] != null) {
                found.put(names[i], claims[i]);
            }
        }
        return found;
    }

    /**
     * Whether a page whose metadata names no address may give a field beyond its {@code <title>}, read off its markup
     * (tags in lower case, as {@link dev.mailclip.mail.HtmlSketch} gives them): each source {@link #read} asks
     * besides the title element stands on a name in its tag (JSON-LD, Open Graph, Twitter's and the article's
     * properties, microdata, a named {@code <meta>}, a {@code <time>} or a byline's mark).
     */
    static boolean mayGiveMoreThanTitle(String markup) {
        if (markup.contains("ld+json") || markup.contains("og:") || markup.contains("twitter:") || markup.contains("article:")
                || markup.contains("itemprop") || markup.contains("<time") || markup.contains("author")
                || markup.contains("byline") || markup.contains("writtenby")) {
            return true;
        }
        for (int at = markup.indexOf("<meta"); at >= 0; at = markup.indexOf("<meta", at + 1)) {
            int end = markup.indexOf('>', at);
            String tag = markup.substring(at, end < 0 ? markup.length() : end);
            if (tag.contains("application-name") || DATE_META.stream().anyMatch(tag::contains)
                    || AUTHOR_META.stream().anyMatch(tag::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether comments (as written, one after another) may hold a browser's or SingleFile's save mark. */
    static boolean mayHoldSaveMark(String comments) {
        return comments.contains("saved from url=") || comments.contains("Page saved with SingleFile");
    }

    /** True when a browser's "saved from" or SingleFile's header comment marks the page as saved. */
    static boolean saveMarked(Document page) {
        Marks marks = Marks.of(page, null);
        return marks.url != null || marks.saved != null;
    }

    /** The URL and save date the browser or SingleFile wrote into the file. */
    private record Marks(Claim url, Claim saved) {
        static Marks of(Document page, LocalDate mailDay) {
            int seen = 0;
            // where a parser puts a comment from the file's first lines: before <html>, inside it, in <head>
            List<Node> nodes = new ArrayList<>(page.childNodes());
            Element html = page.firstElementChild();
            if (html != null) {
                nodes.addAll(html.childNodes());
            }
            nodes.addAll(page.head().childNodes());
            Claim url = null;
            Claim saved = null;
            for (Node n : nodes) {
                if (++seen > 3 * MARK_NODES || url != null && saved != null) {
                    break;
                }
                if (!(n instanceof Comment c)) {
                    continue;
                }
                String data = c.getData();
                Matcher sf = SINGLE_FILE.matcher(data);
                Matcher from = SAVED_FROM.matcher(data);
                if (sf.find()) {
                    url = url != null ? url : claim(absoluteUrl(sf.group(1)), "page:singlefile:url");
                    saved = saved != null || sf.group(2) == null ? saved : savedDate(sf.group(2).strip(), mailDay);
                } else if (from.find()) {
                    url = url != null ? url : claim(absoluteUrl(from.group(1)), "page:saved-from");
                }
            }
            return new Marks(url, saved);
        }
    }

    /** SingleFile's save date (JavaScript's Date.toString()), else any date at its start. */
    private static Claim savedDate(String value, LocalDate mailDay) {
        Matcher m = JS_DATE.matcher(value);
        Integer month = m.lookingAt() ? DateReader.month(m.group(1)) : null;
        if (month != null) {
            try {
                int sign = m.group(7).equals("-") ? -1 : 1;
                ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(m.group(8)),
                        sign * Integer.parseInt(m.group(9)));
                OffsetDateTime at = OffsetDateTime.of(LocalDateTime.of(Integer.parseInt(m.group(3)), month,
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6))), offset);
                return date(at.toString(), mailDay, "page:singlefile:saved-date");
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return DateReader.readStart(value, mailDay).map(d -> new Claim(d.iso(), "page:singlefile:saved-date"))
                .orElse(null);
    }

    @SafeVarargs
    private static Claim first(Supplier<Claim>... sources) {
        for (Supplier<Claim> s : sources) {
            Claim c = s.get();
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Claim claim(String value, String evidence) {
        if (value == null) {
            return null;
        }
        String v = SPACES.matcher(value.replace('\u00a0', ' ')).replaceAll(" ").strip();
        return v.isEmpty() ? null : new Claim(v, evidence);
    }

    /**
     * The page's {@code <meta>}, {@code <link>} and microdata elements, found in one walk over the page: for each
     * name the first in document order, as jsoup's {@code selectFirst("meta[name=x][content]")} would find it (the
     * value compared trimmed and without case), without a walk and a selector parse per question. The same walk
     * gathers the JSON-LD blocks and the {@code <time>} elements, which would each take a walk of their own.
     */
    private static final class Index implements NodeVisitor {
        private static final String[] META_KINDS = {"name", "property", "itemprop"};
        private static final Evaluator TIME = new Evaluator.Tag("time");
        private final Document page;
        private final Map<String, String> metaContent = new java.util.HashMap<>();
        private final Map<String, String> linkHref = new java.util.HashMap<>();
        private final Map<String, Element> itemprop = new java.util.HashMap<>();
        /** the JSON-LD blocks in document order, as many as {@link JsonLd} reads */
        private final List<Element> jsonLd = new ArrayList<>();
        /** the {@code <time>} elements in document order, as many as {@link ArticleHeaderTime} reads */
        private final List<Element> times = new ArrayList<>();

        Index(Document page) {
            this.page = page;
            NodeTraversor.traverse(this, page);
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            if (times.size() < ArticleHeaderTime.MAX_TIMES && TIME.matches(page, el)) {
                times.add(el); // as getElementsByTag("time") finds them
            }
            if (el.attributesSize() == 0) {
                return; // all else gathered here stands on an attribute
            }
            if (jsonLd.size() < JsonLd.MAX_SCRIPTS && JsonLd.isBlock(page, el)) {
                jsonLd.add(el);
            }
            String tag = el.normalName();
            if (tag.equals("meta") && el.hasAttr("content")) {
                for (String kind : META_KINDS) {
                    if (el.hasAttr(kind)) {
                        metaContent.putIfAbsent(key(kind, el.attr(kind)), el.attr("content"));
                    }
                }
            } else if (tag.equals("link") && el.hasAttr("rel") && el.hasAttr("href")) {
                linkHref.putIfAbsent(key("rel", el.attr("rel")), el.attr("href"));
            }
            if (el.hasAttr("itemprop")) {
                itemprop.putIfAbsent(key("itemprop", el.attr("itemprop")), el);
            }
        }

        private static String key(String attribute, String value) {
            return attribute + "=" + value.trim().toLowerCase(java.util.Locale.ROOT);
        }

        /** {@code <meta KIND="NAME" content>}'s content. */
        String meta(String kind, String name) {
            return metaContent.get(key(kind, name));
        }

        /** {@code <link rel="REL" href>}'s href. */
        String linkHref(String rel) {
            return linkHref.get(key("rel", rel));
        }

        /** The first element with {@code itemprop="PROP"}. */
        Element itemprop(String prop) {
            return itemprop.get(key("itemprop", prop));
        }
    }

    /** {@code <meta KIND="NAME" content>}: evidence page:og:title, page:meta:twitter:title, … */
    private static Claim meta(Index index, String kind, String name) {
        String evidence = name.startsWith("og:") ? "page:" + name : "page:meta:" + name;
        return claim(index.meta(kind, name), evidence);
    }

    /** A microdata value: its content or datetime attribute, else its text. */
    private static String itempropValue(Element el) {
        if (el == null) {
            return null;
        }
        for (String a : new String[]{"content", "datetime"}) {
            if (el.hasAttr(a) && !el.attr(a).isBlank()) {
                return el.attr(a);
            }
        }
        return el.hasAttr("href") && el.text().isBlank() ? null : el.text();
    }

    private static Claim itemprop(Index index, String prop) {
        return claim(itempropValue(index.itemprop(prop)), "page:itemprop:" + prop);
    }

    /** {@code itemprop=author} or {@code publisher}: its {@code itemprop=name} when it has one. */
    private static Claim itempropName(Index index, String prop) {
        Element el = index.itemprop(prop);
        if (el == null) {
            return null;
        }
        Element name = el.selectFirst("[itemprop=name]");
        String value = name != null ? itempropValue(name) : itempropValue(el);
        if (prop.equals("author")) {
            value = Bylines.clean(value);
        }
        return claim(notUrl(value), "page:itemprop:" + prop);
    }

    private static Claim itempropDate(Index index, LocalDate mailDay) {
        Element el = index.itemprop("datePublished");
        return el == null ? null : date(itempropValue(el), mailDay, "page:itemprop:datePublished");
    }

    private static Claim metaDate(Index index, LocalDate mailDay) {
        for (String name : DATE_META) {
            for (String kind : new String[]{"name", "property", "itemprop"}) {
                Claim c = date(index.meta(kind, name), mailDay,
                        "page:meta:" + name);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Claim metaAuthor(Index index) {
        for (String name : AUTHOR_META) {
            Claim c = claim(notUrl(Bylines.clean(index.meta("name", name))),
                    "page:meta:" + name);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The {@code <title>}, without a segment that is the site's name. */
    private static Claim titleElement(Document page, String siteName) {
        String title = page.title();
        if (title.isBlank()) {
            return null;
        }
        String cut = siteName == null ? title : Titles.withoutSiteName(title, null, siteName);
        return claim(cut, cut.equals(title) ? "page:title" : "page:title:site-cut");
    }

    /** A machine date first (ISO), else a date as people write it ("2024/03/06", "March 6, 2024"). */
    static Claim date(String value, LocalDate mailDay, String evidence) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<FoundDate> d = DateReader.readIso(value, mailDay);
        if (d.isEmpty()) {
            d = DateReader.readLine(value, mailDay);
        }
        return d.filter(f -> !f.yearInferred()).map(f -> new Claim(f.iso(), evidence)).orElse(null);
    }

    /** An absolute http(s) URL, cleaned of wrappers and tracking; null otherwise. */
    private static String absoluteUrl(String value) {
        if (value == null) {
            return null;
        }
        String u = value.strip();
        return Hosts.isUrl(u) ? UrlCleaner.clean(u) : null;
    }

    private static String notUrl(String value) {
        return value == null || value.strip().matches("(?i)https?://.*|www\\..*") ? null : value;
    }

    // JSON-LD

    private static String jsonText(JsonNode node, String key) {
        String s = node == null ? null : JsonLd.text(node.get(key));
        return s == null ? null : Parser.unescapeEntities(s, false);
    }

    /** mainEntityOfPage as a string, or its @id or url. */
    private static String mainEntity(JsonNode article) {
        JsonNode m = article == null ? null : article.get("mainEntityOfPage");
        if (m == null) {
            return null;
        }
        if (m.isObject()) {
            String id = JsonLd.text(m.get("@id"));
            return id != null ? id : JsonLd.text(m.get("url"));
        }
        return JsonLd.text(m);
    }

    private static String publisherName(JsonLd ld, JsonNode article) {
        JsonNode p = article == null ? null : article.get("publisher");
        if (p != null && p.isArray()) {
            p = p.size() > 0 ? p.get(0) : null;
        }
        p = ld.resolve(p);
        return p == null ? null : p.isObject() ? jsonText(p, "name") : JsonLd.text(p);
    }

    /** Every author's name, in order, ", " between; a reference by @id is looked up in the page. */
    private static String authors(JsonLd ld, JsonNode article) {
        JsonNode a = article == null ? null : article.get("author");
        if (a == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : a.isArray() ? a : List.of(a)) {
            JsonNode node = ld.resolve(one);
            String name = node.isObject() ? JsonLd.text(node.get("name")) : JsonLd.text(node);
            name = notUrl(Bylines.clean(name == null ? null : Parser.unescapeEntities(name, false)));
            if (name != null && !names.contains(name) && names.size() < 10) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }
}
