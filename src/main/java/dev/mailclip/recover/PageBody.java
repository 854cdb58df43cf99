package dev.mailclip.recover;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article inside a whole web page (Safari's "share → Mail", an attached .html or .mhtml): the main
 * content without navigation, share bars, comments, related lists, cookie banners and footers.
 *
 * <p>The method is Mozilla Readability's, written anew on jsoup:
 * <ol>
 * <li>one pass over the page measures every element bottom-up (text length, link text length, commas,
 *     paragraphs, images, list items, inputs), leaving out what cannot be content: scripts, styles,
 *     forms, nav/aside/footer, hidden elements, and (first attempt) elements whose class or id names
 *     boilerplate (comment, share, related, cookie, sidebar, …) unless they also name content;</li>
 * <li>every paragraph-like element (p, pre, a div or td without block children, the loose text of a
 *     div or td that has some) of 25 characters or more scores 1 + commas + one per 100 characters (at most 3); the score
 *     goes to its parent whole, its grandparent half, and three more ancestors a third, a sixth, a
 *     ninth. An ancestor starts from a tag score (div +5, lists −3, headings −5) and its class/id
 *     weight (±25 for words such as article|body|content|entry|main|post|story|text against
 *     comment|footer|nav|related|share|sidebar|sponsor|promo|cookie|subscribe);</li>
 * <li>each candidate's score is scaled by (1 − link density); the best one is lifted to a common
 *     ancestor when several near-best candidates share it, and to a parent that scores higher;</li>
 * <li>the best candidate's siblings join when they score at least a fifth of it (same class: a bonus),
 *     or are paragraphs of prose (or blocks of them) with few links and no negative class/id;</li>
 * <li>the joined elements are copied, leaving out what is not content and the blocks that look like
 *     boilerplate (negative weight, link lists, image galleries, forms).</li>
 * </ol>
 * When that leaves less than {@value #ENOUGH} characters it tries again without the class/id filter,
 * then without the class/id weights, and keeps the longest result. A JSON-LD {@code articleBody} much
 * longer than what was found is used instead (as paragraphs of text).
 *
 * <p>Bounded: each pass visits at most {@link #MAX_ELEMENTS} elements (a bigger page is read up to there)
 * and does constant work per element: nothing re-reads a subtree, so a deep page of nested tables costs
 * what a flat one of the same size costs. The input document is never changed.
 */
final class PageBody {
    static final String EVIDENCE = "page:body:readability";
    static final String EVIDENCE_JSON_LD = "page:body:json-ld:articleBody";
    /** elements visited per pass: a page this big is far beyond any article */
    static final int MAX_ELEMENTS = 200_000;
    /** below this many characters the result is no article */
    static final int MIN_TEXT = 140;
    /** a result this long ends the retries */
    static final int ENOUGH = 500;
    private static final int MIN_PARAGRAPH = 25;
    /** a sibling block this long, of paragraphs with few links, belongs to the article */
    private static final int PROSE = 80;
    /** a result whose text is more than this share of link text is a list of links */
    private static final double MAX_LINK_SHARE = 0.5;
    /** a block with this many more list items than paragraphs is a menu or a link farm (Readability's 100) */
    private static final int LIST_SLACK = 100;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "object", "embed", "form", "button", "input", "select", "textarea", "nav", "aside",
            "footer", "link", "meta", "head", "title", "dialog", "canvas", "math", "fieldset", "label");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "details",
            "dialog", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center");
    private static final Set<String> SCORED = Set.of("p", "pre");
    /** elements that may turn out to be a paragraph when they hold no block */
    private static final Set<String> DIV_LIKE = Set.of("div", "section", "article", "blockquote", "center",
            "main", "td");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CLEANED = Set.of("div", "section", "table", "ul", "ol", "dl", "header");
    private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a", "table",
            "tbody", "tr", "td", "th", "thead", "code", "pre");
    private static final Set<String> UNLIKELY_ROLES = Set.of("navigation", "menu", "menubar", "complementary",
            "dialog", "alertdialog", "banner", "contentinfo", "search");

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|h-?entry|main|page|post|story|text|blog|prose|markdown|rich-?text");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|\\bads?\\b|banner|comment|com-|contact|cookie|consent|foot|footer|footnote|gdpr|masthead|"
                    + "media|meta|nav|outbrain|taboola|promo|related|recommend|scroll|share|sharing|shoutbox|"
                    + "sidebar|skyscraper|sponsor|shopping|social|subscribe|newsletter|signup|tags?\\b|tool|"
                    + "widget|byline|author-bio|breadcrumb|popup|modal");
    /** a class or id that names boilerplate: the element is left out unless it also names content */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|"
                    + "footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|"
                    + "social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|modal|newsletter|"
                    + "subscribe|signup|share|sharing|promo|outbrain|taboola|navbar|toolbar|widget");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|entry|story|post");
    /** a class token that names boilerplate outright ("share-bar", "cookie_notice"), content words or not */
    private static final Pattern STRONG_UNLIKELY = Pattern.compile(
            "(?:.*[-_])?(?:share|sharing|social|cookies?|consent|newsletter|subscribe|subscription|related|"
                    + "comments?|disqus|breadcrumbs?|popup|modal|sponsored|promo|advert\\w*|recirc|"
                    + "read-?more|more-stories|paywall)(?:[-_].*)?");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * @param content  a clean copy of the article: a {@code <div>} holding the kept elements
     * @param text     its text, one paragraph per block (as {@link HtmlText} renders it)
     * @param evidence where it came from: {@value #EVIDENCE} or {@value #EVIDENCE_JSON_LD}
     */
    record Body(Element content, String text, String evidence) {
    }

    private PageBody() {
    }

    /** The page's article, or empty when the page has none (a list of links, a script-only page, a form). */
    static Optional<Body> extract(Document page) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        Body best = null;
        for (Flags flags : Flags.ATTEMPTS) {
            Body found = new Attempt(flags).run(body);
            if (found != null && (best == null || found.text().length() > best.text().length())) {
                best = found;
            }
            if (best != null && best.text().length() >= ENOUGH) {
                break;
            }
        }
        Body fromJsonLd = fromJsonLd(page);
        if (fromJsonLd != null && (best == null || fromJsonLd.text().length() > 2 * best.text().length())) {
            best = fromJsonLd;
        }
        return best == null || best.text().length() < MIN_TEXT ? Optional.empty() : Optional.of(best);
    }

    /** A JSON-LD articleBody as paragraphs, or null. */
    private static Body fromJsonLd(Document page) {
        JsonLd ld = JsonLd.of(page);
        JsonNode article = ld.article();
        String text = article == null ? null : JsonLd.text(article.get("articleBody"));
        if (text == null || text.length() < ENOUGH) {
            return null;
        }
        Element div = new Element("div");
        for (String para : text.split("\\n\\s*\\n|\\r?\\n")) {
            if (!para.isBlank()) {
                div.appendElement("p").text(para.strip());
            }
        }
        return new Body(div, HtmlText.of(div), EVIDENCE_JSON_LD);
    }

    /** What an attempt leaves out and weighs. */
    private record Flags(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
        static final List<Flags> ATTEMPTS = List.of(new Flags(true, true, true), new Flags(false, true, true),
                new Flags(false, false, true), new Flags(false, false, false));
    }

    /** What one pass measured of an element and everything under it that may be content. */
    private static final class Stats {
        int text;
        int links;
        int commas;
        /** text not inside a block child: the loose text Readability would wrap in a paragraph */
        int looseText;
        int looseCommas;
        int paragraphs;
        int images;
        int items;
        int inputs;
        int embeds;
        boolean blockChild;
        int order;
        double score;
        boolean candidate;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1.0, (double) links / text);
        }
    }

    private static final class Attempt {
        private final Flags flags;
        private final Map<Element, Stats> stats = new IdentityHashMap<>();
        private final List<Element> order = new ArrayList<>();
        private final List<Element> candidates = new ArrayList<>();

        Attempt(Flags flags) {
            this.flags = flags;
        }

        Body run(Element body) {
            measure(body);
            score();
            if (candidates.isEmpty()) {
                return null; // not one paragraph: a form, a gallery, a page of scripts
            }
            Element top = topCandidate(body);
            Element content = new Element("div");
            int[] copied = {0, 0};
            for (Element part : withSiblings(top, body)) {
                copyClean(part, content, copied);
            }
            String text = HtmlText.of(content);
            // mostly link text is a list of links, not an article
            return text.isEmpty() || copied[1] > MAX_LINK_SHARE * copied[0] ? null : new Body(content, text, EVIDENCE);
        }

        private Stats of(Element el) {
            return stats.get(el);
        }

        /** Pass 1: bottom-up measures, in one traversal. */
        private void measure(Element body) {
            int[] linkDepth = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode tn) {
                        Stats parent = stats.get((Element) tn.parent());
                        if (parent != null) {
                            String t = tn.getWholeText();
                            int len = visibleLength(t);
                            int commas = commas(t);
                            parent.text += len;
                            parent.looseText += len;
                            parent.commas += commas;
                            parent.looseCommas += commas;
                            if (linkDepth[0] > 0) {
                                parent.links += len;
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (order.size() >= MAX_ELEMENTS) {
                        return FilterResult.STOP;
                    }
                    if (el != body && excluded(el)) {
                        Stats parent = stats.get(el.parent());
                        if (parent != null && el.normalName().equals("input")) {
                            parent.inputs++;
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    Stats s = new Stats();
                    s.order = order.size();
                    stats.put(el, s);
                    order.add(el);
                    String tag = el.normalName();
                    if (tag.equals("a")) {
                        linkDepth[0]++;
                    }
                    Stats parent = el == body ? null : stats.get(el.parent());
                    if (parent != null && BLOCKS.contains(tag)) {
                        parent.blockChild = true;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element el) {
                        Stats s = stats.get(el);
                        if (s == null) {
                            return FilterResult.CONTINUE;
                        }
                        String tag = el.normalName();
                        if (tag.equals("a")) {
                            linkDepth[0]--;
                            s.links = s.text;
                        }
                        switch (tag) {
                            case "p" -> s.paragraphs++;
                            case "img", "picture" -> s.images++;
                            case "li" -> s.items++;
                            case "video", "audio" -> s.embeds++;
                            default -> {
                            }
                        }
                        Stats parent = el == body ? null : stats.get(el.parent());
                        if (parent != null) {
                            parent.text += s.text;
                            parent.links += s.links;
                            parent.commas += s.commas;
                            parent.paragraphs += s.paragraphs;
                            parent.images += s.images;
                            parent.items += s.items;
                            parent.inputs += s.inputs;
                            parent.embeds += s.embeds;
                            if (!BLOCKS.contains(tag)) {
                                // an inline wrapper (font, span) passes on its loose text and its blocks
                                parent.looseText += s.looseText;
                                parent.looseCommas += s.looseCommas;
                                parent.blockChild |= s.blockChild;
                            }
                        }
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
        }

        private boolean excluded(Element el) {
            String tag = el.normalName();
            if (NEVER_CONTENT.contains(tag) || hidden(el)) {
                return true;
            }
            if (!flags.stripUnlikely || NEVER_UNLIKELY.contains(tag) || el.hasAttr("itemprop")
                    && el.attr("itemprop").equalsIgnoreCase("articleBody")) {
                return false;
            }
            if (UNLIKELY_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
                return true;
            }
            String names = names(el);
            if (names.isEmpty()) {
                return false;
            }
            if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()) {
                return true;
            }
            for (String token : SPACES.split(names)) {
                if (STRONG_UNLIKELY.matcher(token).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** Pass 2: paragraphs score their ancestors. */
        private void score() {
            for (Element el : order) {
                Stats s = of(el);
                String tag = el.normalName();
                int len;
                int commas;
                Element receiver;
                if (SCORED.contains(tag) || DIV_LIKE.contains(tag) && !s.blockChild) {
                    len = s.text;
                    commas = s.commas;
                    receiver = el.parent();
                } else if (s.blockChild && s.looseText >= MIN_PARAGRAPH && DIV_LIKE.contains(tag)) {
                    // loose text beside blocks: a paragraph of its own, a child of this element
                    len = s.looseText;
                    commas = s.looseCommas;
                    receiver = el;
                } else {
                    continue;
                }
                if (len < MIN_PARAGRAPH) {
                    continue;
                }
                double points = 1 + commas + Math.min(len / 100, 3);
                Element a = receiver;
                for (int level = 0; level < ANCESTOR_LEVELS && a != null; level++, a = a.parent()) {
                    Stats as = of(a);
                    if (as == null) {
                        break;
                    }
                    if (!as.candidate) {
                        as.candidate = true;
                        as.score = initialScore(a);
                        candidates.add(a);
                    }
                    as.score += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
                }
            }
            for (Element c : candidates) {
                Stats s = of(c);
                s.score *= 1 - s.linkDensity();
            }
        }

        private double initialScore(Element el) {
            double score = switch (el.normalName()) {
                case "div", "article", "main" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return score + weight(el);
        }

        private int weight(Element el) {
            if (!flags.weighClasses) {
                return 0;
            }
            int w = 0;
            for (String name : new String[]{el.className(), el.id()}) {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.isEmpty()) {
                    continue;
                }
                if (NEGATIVE.matcher(n).find()) {
                    w -= 25;
                }
                if (POSITIVE.matcher(n).find()) {
                    w += 25;
                }
            }
            if (el.attr("itemprop").equalsIgnoreCase("articleBody")) {
                w += 25;
            }
            return w;
        }

        /** Pass 3: the best candidate, lifted where Readability lifts it. */
        private Element topCandidate(Element body) {
            if (candidates.isEmpty()) {
                return body;
            }
            List<Element> ranked = new ArrayList<>(candidates);
            ranked.sort(Comparator.comparingDouble((Element e) -> -of(e).score)
                    .thenComparingInt(e -> of(e).order));
            Element top = ranked.get(0);
            double topScore = of(top).score;

            if (top == body) {
                return body;
            }
            // several near-best candidates inside one ancestor of the best: the article is that ancestor
            List<Element> close = new ArrayList<>();
            for (int i = 1; i < Math.min(TOP_CANDIDATES, ranked.size()); i++) {
                if (of(ranked.get(i)).score >= 0.75 * topScore) {
                    close.add(ranked.get(i));
                }
            }
            if (close.size() >= 3) {
                Map<Element, Integer> containing = new IdentityHashMap<>();
                for (Element c : close) {
                    for (Element a = c.parent(); a != null && a != body; a = a.parent()) {
                        containing.merge(a, 1, Integer::sum);
                    }
                }
                for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
                    if (containing.getOrDefault(a, 0) >= 3) {
                        top = a;
                        break;
                    }
                }
            }
            // a parent that scores higher than its best child is the better candidate
            double last = score(top);
            double threshold = last / 3;
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                Stats ps = of(p);
                if (ps == null || !ps.candidate) {
                    continue;
                }
                if (ps.score < threshold) {
                    break;
                }
                if (ps.score > last) {
                    top = p;
                    break;
                }
                last = ps.score;
            }
            // an only child is its parent
            while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1
                    && of(top.parent()) != null) {
                top = top.parent();
            }
            return top;
        }

        private double score(Element el) {
            Stats s = of(el);
            return s == null || !s.candidate ? 0 : s.score;
        }

        /** Pass 4: the best candidate and the siblings that belong with it, in page order. */
        private List<Element> withSiblings(Element top, Element body) {
            if (top == body || top.parent() == null) {
                return List.of(top);
            }
            double topScore = score(top);
            double threshold = Math.max(10, topScore * 0.2);
            List<Element> parts = new ArrayList<>();
            for (Element sibling : top.parent().children()) {
                Stats s = of(sibling);
                if (s == null) {
                    continue;
                }
                if (sibling == top) {
                    parts.add(sibling);
                    continue;
                }
                double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                        ? topScore * 0.2 : 0;
                if (s.candidate && s.score + bonus >= threshold) {
                    parts.add(sibling);
                } else if (s.paragraphs > 0 && s.text >= PROSE && s.linkDensity() < 0.25 && s.inputs == 0
                        && weight(sibling) >= 0) {
                    // a block of prose paragraphs beside the article (page builders cut articles into such
                    // blocks: one per section, an image block between each)
                    parts.add(sibling);
                } else if (sibling.normalName().equals("p")) {
                    double density = s.linkDensity();
                    String text = s.text < 80 ? sibling.text() : "";
                    if (s.text >= 80 && density < 0.25
                            || s.text > 0 && s.text < 80 && density == 0 && text.matches("(?s).*\\.( .*)?")) {
                        parts.add(sibling);
                    }
                }
            }
            return parts;
        }

        /**
         * Pass 5: a copy of {@code from} without what is not content, appended to {@code into}; adds the
         * characters copied and those of them inside links to {@code copied[0]} and {@code copied[1]}.
         */
        private void copyClean(Element from, Element into, int[] copied) {
            Element[] current = {into};
            int[] linkDepth = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode tn) {
                        String t = tn.getWholeText();
                        current[0].appendChild(new TextNode(t));
                        int len = visibleLength(t);
                        copied[0] += len;
                        copied[1] += linkDepth[0] > 0 ? len : 0;
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    Stats s = of(el);
                    if (s == null || el != from && clutter(el, s)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    // not shallowClone(): it looks up the base URI through every ancestor, quadratic on a deep page
                    Element copy = new Element(el.tag(), "");
                    for (String keep : new String[]{"href", "src", "alt", "title", "colspan", "rowspan"}) {
                        if (el.hasAttr(keep)) {
                            copy.attr(keep, el.attr(keep));
                        }
                    }
                    current[0].appendChild(copy);
                    current[0] = copy;
                    linkDepth[0] += el.normalName().equals("a") ? 1 : 0;
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element el && of(el) != null) {
                        current[0] = current[0].parent();
                        linkDepth[0] -= el.normalName().equals("a") ? 1 : 0;
                    }
                    return FilterResult.CONTINUE;
                }
            }, from);
        }

        /** Readability's conditional cleaning: blocks that look like boilerplate rather than prose. */
        private boolean clutter(Element el, Stats s) {
            String tag = el.normalName();
            if (HEADINGS.contains(tag) && weight(el) < 0) {
                return true;
            }
            if (!flags.cleanConditionally || !CLEANED.contains(tag)) {
                return false;
            }
            int weight = weight(el);
            if (weight + score(el) < 0) {
                return true;
            }
            if (s.commas >= 10) {
                return false;
            }
            boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
            if (tag.equals("table") && s.items == 0 && s.text > 0) {
                // a layout or data table of prose: keep unless it is mostly links
                return s.linkDensity() > 0.5;
            }
            double density = s.linkDensity();
            int p = s.paragraphs;
            return s.images > 1 && (double) p / s.images < 0.5 && s.text < 200
                    || !list && s.items > p + LIST_SLACK
                    || s.inputs > p / 3 + 1
                    || s.text < MIN_PARAGRAPH && s.images == 0 && !list && s.embeds == 0 && !tag.equals("table")
                    && s.candidate
                    || weight < 25 && density > 0.2 && s.text > 0 && !(list && density < 0.5 && s.text > 200)
                    || weight >= 25 && density > 0.5
                    || s.embeds > 1 && s.text < 75;
        }
    }

    private static String names(Element el) {
        String cls = el.className();
        String id = el.id();
        return (cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id).toLowerCase(Locale.ROOT);
    }

    private static boolean hidden(Element el) {
        if (el.hasAttr("hidden") || el.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /** Characters of a text node as it reads: runs of white space count as one. */
    private static int visibleLength(String t) {
        int len = 0;
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    len++;
                    space = true;
                }
            } else {
                len++;
                space = false;
            }
        }
        return len;
    }

    private static int commas(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '，' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
