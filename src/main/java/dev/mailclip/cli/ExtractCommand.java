package dev.mailclip.cli;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mailclip extract FILE}: the record of a clipped email or loose clip file, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the article recovered from a clipped email (.eml) or a loose clip file "
                + "(.html, .txt, .md) as one JSON record.",
                "A file holding several messages (an mbox) gives one compact record per line."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the email or clip file")
    Path file;

    @Option(names = "--compact", description = "one line instead of indented JSON")
    boolean compact;

    @Option(names = "--max", defaultValue = "1000000", description = "read at most this many messages (default: all)")
    int max;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Article> records;
        try {
            records = SingleInput.read(file, max);
        } catch (SingleInput.BadInput e) {
            spec.commandLine().getErr().println("mailclip extract: " + e.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        var out = spec.commandLine().getOut();
        for (Article a : records) {
            out.println(compact || records.size() > 1 ? ArticleJson.line(a) : ArticleJson.pretty(a));
        }
        out.flush();
        return 0;
    }
}
