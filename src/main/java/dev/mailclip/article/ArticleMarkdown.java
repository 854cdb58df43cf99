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
 * source, id), then the article as Markdown, converted from its sanitized HTML when it has some,
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
        fm.put("title", a.title());
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
        fm.values().removeIf(v -> v == null);
        try {
            return YAML.writeValueAsString(fm);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
