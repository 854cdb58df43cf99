package dev.mailclip.recover;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON-LD blocks of a page, flattened: every object of every {@code application/ld+json} script,
 * arrays and {@code @graph} lists opened, in document order. A block that does not parse is skipped.
 * Bounded: at most {@link #MAX_SCRIPTS} scripts of at most {@link #MAX_CHARS} characters each, at most
 * {@link #MAX_NODES} objects, nesting read to {@link #MAX_DEPTH}.
 */
final class JsonLd {
    static final int MAX_SCRIPTS = 20;
    static final int MAX_CHARS = 1_000_000;
    static final int MAX_NODES = 2_000;
    static final int MAX_DEPTH = 6;
    private static final Evaluator SCRIPT = QueryParser.parse("script[type=application/ld+json]");
    /** what pages get wrong: raw line breaks inside strings (articleBody), trailing commas, comments */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "Report",
            "SocialMediaPosting", "DiscussionForumPosting");

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        this.byId = new HashMap<>();
        for (JsonNode o : objects) {
            String id = o.path("@id").asText("");
            if (!id.isEmpty() && o.size() > 1) {
                byId.putIfAbsent(id, o);
            }
        }
    }

    static JsonLd of(Document doc) {
        return of(doc.select(SCRIPT));
    }

    /** Whether an element of the page is a JSON-LD block, as {@link #of(Document)} selects them. */
    static boolean isBlock(Document doc, Element element) {
        return SCRIPT.matches(doc, element);
    }

    /**
     * @param blocks the page's JSON-LD blocks in document order ({@link #isBlock}); the first {@link #MAX_SCRIPTS}
     *               are read
     */
    static JsonLd of(List<Element> blocks) {
        List<JsonNode> objects = new ArrayList<>();
        int scripts = 0;
        for (Element script : blocks) {
            if (++scripts > MAX_SCRIPTS) {
                break;
            }
            String data = script.data();
            if (data.length() > MAX_CHARS) {
                continue;
            }
            try {
                flatten(JSON.readTree(unwrap(data)), objects);
            } catch (java.io.IOException | RuntimeException e) {
                // malformed JSON-LD is common (CMS templates): the other blocks still count
            }
        }
        return new JsonLd(objects);
    }

    /** Some CMSs wrap the JSON in an HTML comment or a CDATA section. */
    private static String unwrap(String data) {
        String s = data.strip();
        for (String[] wrap : new String[][]{{"<!--", "-->"}, {"//<![CDATA[", "//]]>"}, {"<![CDATA[", "]]>"}}) {
            if (s.startsWith(wrap[0]) && s.endsWith(wrap[1])) {
                s = s.substring(wrap[0].length(), s.length() - wrap[1].length()).strip();
            }
        }
        return s;
    }

    /** Arrays and @graph opened breadth-first, without recursion. */
    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(root);
        depths.add(0);
        while (!queue.isEmpty() && out.size() < MAX_NODES) {
            JsonNode n = queue.poll();
            int depth = depths.poll();
            if (depth > MAX_DEPTH) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(child -> {
                    queue.add(child);
                    depths.add(depth + 1);
                });
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    queue.add(n.get("@graph"));
                    depths.add(depth + 1);
                }
            }
        }
    }

    /**
     * The page's article: the first object whose @type (or one of its types) is an article kind, or null. Null
     * too when several articles of different headlines are listed (an index page, a newsletter, a feed): the
     * first of them is no more the page's than the others, and its date would be a wrong one.
     */
    JsonNode article() {
        JsonNode first = null;
        for (JsonNode o : objects) {
            if (!hasArticleType(o)) {
                continue;
            }
            if (first == null) {
                first = o;
            } else if (!sameHeadline(first, o)) {
                return null;
            }
        }
        return first;
    }

    private static boolean hasArticleType(JsonNode o) {
        JsonNode type = o.path("@type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t.asText(""))) {
                    return true;
                }
            }
            return false;
        }
        return isArticleType(type.asText(""));
    }

    /** Two descriptions of one article: a headline missing from either, or the same once spaces and case are set aside. */
    private static boolean sameHeadline(JsonNode a, JsonNode b) {
        String x = text(a.get("headline"));
        String y = text(b.get("headline"));
        return x == null || y == null || x.replaceAll("\\s+", " ").equalsIgnoreCase(y.replaceAll("\\s+", " "));
    }

    private static boolean isArticleType(String type) {
        String t = type.startsWith("schema:") ? type.substring(7) : type;
        return t.endsWith("Article") || ARTICLE_TYPES.contains(t);
    }

    /** A node given as a reference ({@code {"@id": "…"}}) replaced by the object of that id in the page. */
    JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(node.get("@id").asText(""));
            return target != null ? target : node;
        }
        return node;
    }

    /** A string value, or null for a missing, empty or non-scalar one. */
    static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
