package dev.mailclip.sink.markdown;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleMarkdown;
import dev.mailclip.article.Kind;
import dev.mailclip.article.MailInfo;
import dev.mailclip.article.Sighting;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads back a file the Markdown sink wrote: its YAML front matter ({@link ArticleMarkdown#frontMatter})
 * and its body. What the files do not keep (the evidence, the HTML) is not made up.
 */
final class NoteReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private NoteReader() {
    }

    /** The front matter as a map; empty when the file is not one of ours. */
    static Map<?, ?> frontMatter(Path md) {
        StringBuilder yaml = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(md, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || !line.equals("---")) {
                return Map.of();
            }
            while ((line = r.readLine()) != null && !line.equals("---")) {
                yaml.append(line).append('\n');
            }
            Map<?, ?> map = YAML.readValue(yaml.toString(), Map.class);
            return map == null ? Map.of() : map;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The body of a file: after the front matter and the title heading. */
    static String body(String file) {
        int end = file.indexOf("\n---\n", 3);
        String body = end < 0 ? "" : file.substring(end + 5).stripLeading();
        if (body.startsWith("# ")) {
            int nl = body.indexOf('\n');
            body = nl < 0 ? "" : body.substring(nl + 1).stripLeading();
        }
        return body;
    }

    /**
     * The record as far as its front matter tells: fields, sightings, and the envelope of the message it
     * was first stored from (its own sighting).
     */
    static Article.Builder record(Map<?, ?> front) {
        List<Sighting> saved = ArticleMarkdown.saved(front.get("saved"));
        String id = str(front, "id");
        Article.Builder b = Article.builder().kind(Kind.MAIL.json().equals(str(front, "kind")) ? Kind.MAIL : Kind.ARTICLE)
                .title(str(front, "title")).url(str(front, "url"))
                .published(str(front, "published")).site(str(front, "site")).author(str(front, "author"))
                .date(str(front, "date")).note(str(front, "note")).id(id).articleKey(str(front, "key"))
                .sightings(saved);
        for (Sighting s : saved) {
            if (s.id().equals(id)) {
                b.mail(new MailInfo(null, s.from(), s.to(), s.subject(), s.date(), s.labels(), s.folder(),
                        s.threadId(), s.source())).forwarded(s.forwarded());
            }
        }
        return b;
    }

    static String str(Map<?, ?> front, String key) {
        Object v = front.get(key);
        return v == null ? null : v.toString();
    }
}
