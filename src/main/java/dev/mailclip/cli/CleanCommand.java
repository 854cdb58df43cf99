package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleMarkdown;
import dev.mailclip.article.Attachment;
import dev.mailclip.sink.markdown.FileNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code mailclip clean FILE -o article.md}: the article as Markdown with YAML front matter. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Writes the article recovered from a clipped email or clip file as Markdown with YAML "
                + "front matter (title, url, published, site, author, date, source).",
                "Inline images are saved in a folder beside the output file and linked."})
public final class CleanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the email or clip file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.md", description = "the Markdown file to write (default: standard output)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Article article;
        try {
            article = SingleInput.read(file, 1).get(0);
        } catch (SingleInput.BadInput e) {
            spec.commandLine().getErr().println("mailclip clean: " + e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        if (output == null) {
            spec.commandLine().getOut().print(ArticleMarkdown.render(article));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            Map<String, String> links = saveImages(article);
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".mailclip-", ".md.tmp");
            Files.writeString(tmp, ArticleMarkdown.render(article, links), StandardCharsets.UTF_8);
            Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            spec.commandLine().getErr().println("mailclip clean: cannot write " + output + ": " + OneLine.of(e));
            return Main.EXIT_SINK;
        }
        return 0;
    }

    /** Saves the inline images the article shows into OUT_files/ and returns cid to relative link. */
    private Map<String, String> saveImages(Article article) throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        String folder = output.getFileName().toString().replaceFirst("\\.md$", "") + "_files";
        int n = 0;
        for (Attachment a : article.attachments()) {
            if (a.contentId() == null || a.bytes() == null || article.html() == null
                    || !article.html().contains("cid:" + a.contentId())) {
                continue;
            }
            String name = (++n) + "-" + FileNames.safe(a.name(), "image");
            Path dir = output.toAbsolutePath().getParent().resolve(folder);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), a.bytes());
            links.put("cid:" + a.contentId(), folder + "/" + name);
        }
        return links;
    }
}
