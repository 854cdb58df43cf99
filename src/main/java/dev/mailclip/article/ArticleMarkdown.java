package dev.mailclip.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Markdown form of a record: YAML front matter (title, url, published, site, author, date,
 * source, id; for a record in an archive also {@code tags}, every label it was saved under, and
 * {@code saved}, one entry per message that carried it: when, under which labels, from whom, with which
 * note), then the article as Markdown, converted from its sanitized HTML when it has some,
 * else its text. Ready for Obsidian, Hugo or a plain folder.
 */
public final class ArticleMarkdown {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final FlexmarkHtmlConverter HTML_TO_MD = FlexmarkHtmlConverter.builder().build();

    private ArticleMarkdown() {
    }

    public static String render(Article a) {
        return render(a, null);
    }

    /**
     * @param imageLinks how to link the record's images: an img src as stored ("cid:ID") to a relative path; null
     *                   to leave {@code cid:} links as they are
     */
    public static String render(Article a, Map<String, String> imageLinks) {
        StringBuilder out = new StringBuilder("---\n").append(frontMatter(a)).append("---\n\n");
        String title = a.title() != null ? a.title() : a.mail() != null ? a.mail().subject() : null;
        if (title != null) {
            out.append("# ").append(title.replace("\n", " ")).append("\n\n");
        }
        out.append(body(a, imageLinks).strip()).append('\n');
        return out.toString();
    }

    public static String frontMatter(Article a) {
        Map<String, Object> fm = new LinkedHashMap<>();
        // a mail record is titled by its subject, so Obsidian and Hugo show one
        fm.put("title", a.title() != null ? a.title() : a.kind() == Kind.MAIL && a.mail() != null ? a.mail().subject() : null);
        fm.put("url", a.url());
        fm.put("published", a.published());
        fm.put("site", a.site());
        fm.put("author", a.author());
        fm.put("date", a.date());
        fm.put("source", a.mail() == null ? null : a.mail().source());
        fm.put("id", a.id());
        fm.put("key", a.articleKey());
        fm.put("kind", a.kind() == null ? null : a.kind().json());
        if (a.mail() != null && !a.mail().labels().isEmpty()) {
            fm.put("labels", a.mail().labels());
        }
        fm.put("note", a.note());
        if (!a.sightings().isEmpty()) {
            java.util.TreeSet<String> tags = new java.util.TreeSet<>();
            java.util.List<Map<String, Object>> saved = new java.util.ArrayList<>();
            for (Sighting s : a.sightings()) {
                tags.addAll(s.labels());
                saved.add(sighting(s));
            }
            if (!tags.isEmpty()) {
                fm.put("tags", new java.util.ArrayList<>(tags));
            }
            fm.put("saved", saved);
        }
        fm.values().removeIf(v -> v == null);
        try {
            return YAML.writeValueAsString(fm);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sighting as front matter: its JSON fields, without the empty ones. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sighting(Sighting s) {
        Map<String, Object> m = ArticleJson.mapper().convertValue(s, LinkedHashMap.class);
        m.values().removeIf(v -> v == null || v instanceof java.util.Collection<?> c && c.isEmpty());
        return m;
    }

    /** The sightings of a front matter's {@code saved} list, as {@link #frontMatter} wrote them. */
    public static java.util.List<Sighting> saved(Object saved) {
        java.util.List<Sighting> out = new java.util.ArrayList<>();
        if (saved instanceof java.util.List<?> list) {
            for (Object o : list) {
                out.add(ArticleJson.mapper().convertValue(o, Sighting.class));
            }
        }
        return out;
    }

    private static String body(Article a, Map<String, String> imageLinks) {
        if (a.html() != null) {
            String html = a.html();
            if (imageLinks != null && !imageLinks.isEmpty()) {
                Document doc = Jsoup.parseBodyFragment(html);
                for (Element img : doc.select("img[src]")) {
                    String link = imageLinks.get(img.attr("src"));
                    if (link != null) {
                        img.attr("src", link);
                    }
                }
                html = doc.body().html();
            }
            return HTML_TO_MD.convert(html);
        }
        return a.text() == null ? "" : a.text();
    }
}
