package dev.mailclip.recover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved web page (an .html file, an MHTML part, a newsletter that carries its page's head):
 * {@code <link rel=canonical>}, Open Graph and article meta tags, and JSON-LD
 * ({@code headline}, {@code datePublished}, {@code author}, {@code publisher}).
 */
public final class PageMetaRecogniser implements HtmlRecogniser {
    // parsed once: jsoup would parse a query string again on every message
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url][content]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator PUBLISHED_TIME = QueryParser.parse("meta[property=article:published_time][content]");

    private static final Pattern SAVED_FROM = Pattern.compile(
            "(?i)(?:saved from url=\\(\\d{1,5}\\)|^\\s*url:\\s*)(https?://[^\\s<>\"]{1,2000})", Pattern.MULTILINE);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void recognise(Document doc, ClipContext context, Findings findings) {
        claimUrl(doc.selectFirst(CANONICAL), "href", "page:canonical", findings);
        claimUrl(doc.selectFirst(OG_URL), "content", "page:og:url", findings);
        claimSavedFrom(doc, findings);
        for (Element script : doc.select(JSON_LD)) {
            readJsonLd(script.data(), context, findings);
        }
        claim(doc, "meta[property=og:title]", Field.TITLE, "page:og:title", findings);
        if (findings.evidence(Field.URL, "page:")) {
            // a page that names its own address: its <title> is the title when nothing better is given
            findings.claim(Field.TITLE, doc.title(), "page:title");
        }
        claim(doc, "meta[property=og:site_name]", Field.SITE, "page:og:site_name", findings);
        claim(doc, "meta[name=author]", Field.AUTHOR, "page:meta:author", findings);
        Element published = doc.selectFirst(PUBLISHED_TIME);
        if (published != null) {
            DateReader.readIso(published.attr("content"), context.mailDay())
                    .ifPresent(d -> findings.claim(Field.PUBLISHED, d.iso(), "page:article:published_time"));
        }
    }

    /**
     * A browser's {@code <!-- saved from url=(0047)https://… -->} or SingleFile's header comment names
     * the address the page was saved from. Their date is the day of saving, never of publication.
     */
    private static void claimSavedFrom(Document doc, Findings findings) {
        int seen = 0;
        for (Node node : doc.childNodes()) {
            if (seen++ > 8) {
                return;
            }
            readSavedFrom(node, findings);
            if (node instanceof Element html) {
                for (Node child : html.childNodes()) {
                    if (seen++ > 8) {
                        return;
                    }
                    readSavedFrom(child, findings);
                }
            }
        }
    }

    private static void readSavedFrom(Node node, Findings findings) {
        if (node instanceof Comment comment) {
            String data = comment.getData();
            Matcher m = SAVED_FROM.matcher(data.length() > 4000 ? data.substring(0, 4000) : data);
            if (m.find() && Hosts.isUrl(m.group(1))) {
                findings.claim(Field.URL, UrlCleaner.clean(m.group(1)), "page:saved-from");
            }
        }
    }

    private static boolean claimUrl(Element el, String attr, String evidence, Findings findings) {
        if (el == null) {
            return false;
        }
        String url = el.attr(attr).strip();
        return Hosts.isUrl(url) && findings.claim(Field.URL, UrlCleaner.clean(url), evidence);
    }

    private static boolean claim(Document doc, String query, Field field, String evidence, Findings findings) {
        Element el = doc.selectFirst(query + "[content]");
        return el != null && findings.claim(field, el.attr("content"), evidence);
    }

    private static boolean readJsonLd(String json, ClipContext context, Findings findings) {
        if (json.length() > 200_000) {
            return false;
        }
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode article = findArticle(root, 0);
            if (article == null) {
                return false;
            }
            findings.claim(Field.TITLE, text(article.get("headline")), "page:json-ld:headline");
            findings.claim(Field.URL, text(article.get("url")), "page:json-ld:url");
            JsonNode author = article.get("author");
            if (author != null && author.isArray() && author.size() > 0) {
                author = author.get(0);
            }
            findings.claim(Field.AUTHOR, author != null && author.isObject() ? text(author.get("name")) : text(author),
                    "page:json-ld:author");
            JsonNode publisher = article.get("publisher");
            if (publisher != null && publisher.isObject()) {
                findings.claim(Field.SITE, text(publisher.get("name")), "page:json-ld:publisher");
            }
            Optional<FoundDate> date = DateReader.readIso(text(article.get("datePublished")), context.mailDay());
            date.ifPresent(d -> findings.claim(Field.PUBLISHED, d.iso(), "page:json-ld:datePublished"));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The first object whose @type names an article kind, searched through arrays and @graph. */
    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 5) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.isObject()) {
            String type = node.path("@type").isArray() ? node.path("@type").path(0).asText("") : node.path("@type").asText("");
            if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")) {
                return node;
            }
            return findArticle(node.get("@graph"), depth + 1);
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asText();
    }
}
