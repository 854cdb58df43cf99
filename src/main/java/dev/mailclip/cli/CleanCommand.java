package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleMarkdown;
import dev.mailclip.sink.markdown.MarkdownNote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mailclip clean FILE -o article.md}: the article as Markdown with YAML front matter. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Writes the article of one email or clip file as Markdown.",
                "The YAML front matter holds title, url, published, site, author, date and source; inline images "
                        + "are saved in a folder beside the output file and linked. FILE holds one message "
                        + "(- reads standard input): for a mailbox of several, use import --sink markdown:DIR.",
                "The output file gets the same permissions as every file mailclip writes."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the article was written",
                "2:the input cannot be read, is not mail, or holds more than one message (one line naming it)",
                "3:the output file cannot be written"})
final class CleanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the email or clip file; - for standard input")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.md", description = "the Markdown file to write (default: standard output)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Article> articles = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        SingleInput.Counts counts;
        try {
            // two at most: a second message is enough to refuse
            counts = SingleInput.each(file, 2, (a, mailbox) -> articles.add(a), bad::add);
        } catch (SingleInput.BadInput e) {
            spec.commandLine().getErr().println("mailclip clean: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (counts.messages() > 1) {
            spec.commandLine().getErr().println("mailclip clean: " + SingleInput.name(file)
                    + " holds more than one message; clean writes one article: "
                    + "use mailclip import --sink markdown:DIR for a mailbox");
            return ExitCodes.BAD_INPUT;
        }
        if (!bad.isEmpty()) {
            spec.commandLine().getErr().println("mailclip clean: " + bad.get(0));
            return ExitCodes.BAD_INPUT;
        }
        Article article = articles.get(0);
        if (output == null) {
            spec.commandLine().getOut().print(ArticleMarkdown.render(article));
            spec.commandLine().getOut().flush();
            return 0;
        }
        try {
            // as every note the Markdown sink writes: whole files or none, images in OUT.files/
            MarkdownNote.write(article, output.toAbsolutePath());
        } catch (IOException e) {
            String m = OneLine.of(e);
            spec.commandLine().getErr().println("mailclip clean: cannot write "
                    + (m.contains(output.toString()) ? m : output + ": " + m));
            return ExitCodes.SINK;
        }
        return 0;
    }
}
