package dev.mailclip.sink.markdown;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleMarkdown;
import dev.mailclip.article.Attachment;
import dev.mailclip.sink.AtomicFiles;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One article as a Markdown note on disk: {@code NAME.md} and its inline images in {@code NAME.files/}.
 * The one way notes are written, by the Markdown sink and by {@code mailclip clean -o}; every file whole
 * or not at all ({@link AtomicFiles}), the .md last.
 */
public final class MarkdownNote {
    private MarkdownNote() {
    }

    /** Writes the note {@code md} (a path ending in .md) with its images beside it. */
    public static void write(Article a, Path md) throws IOException {
        Path folder = md.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        String base = md.getFileName().toString().replaceFirst("\\.md$", "");
        Map<String, String> images = saveImages(a, folder, base);
        AtomicFiles.write(md, ArticleMarkdown.render(a, images).getBytes(StandardCharsets.UTF_8));
    }

    /** Saves inline images with bytes; maps "cid:ID" and the bare name to the saved file's link. */
    static Map<String, String> saveImages(Article a, Path folder, String base) throws IOException {
        Map<String, String> links = new HashMap<>();
        int n = 0;
        Set<String> used = new HashSet<>();
        for (Attachment att : a.attachments()) {
            if (att.bytes() == null || att.bytes().length == 0
                    || !(att.inline() || att.contentType() != null && att.contentType().startsWith("image/"))) {
                continue;
            }
            n++;
            // numbered: a bare "chart.png" would be read as the :chart: emoji by the Markdown converter
            String file = n + "-" + FileNames.safe(att.name(), "image");
            if (!file.contains(".") && att.contentType() != null && att.contentType().startsWith("image/")) {
                file += "." + att.contentType().substring(6).replaceAll("[^a-z0-9]", "");
            }
            while (!used.add(file.toLowerCase(Locale.ROOT))) {
                file = n + "-" + file;
            }
            Path files = folder.resolve(base + ".files");
            Files.createDirectories(files);
            AtomicFiles.write(files.resolve(file), att.bytes());
            String link = URLEncoder.encode(base + ".files", StandardCharsets.UTF_8).replace("+", "%20") + "/"
                    + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
            if (att.contentId() != null) {
                String cid = att.contentId().replaceAll("^<|>$", "");
                links.put("cid:" + cid, link);
            }
            if (att.name() != null) {
                links.put(att.name(), link);
            }
        }
        return links;
    }
}
