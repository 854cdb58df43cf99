package dev.mailclip.cli;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.ArticleMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code mailclip show ID|URL [--sink URI] [--json]}: one record, as Markdown or as its JSON with its sightings. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one record of the archive: by its id (msgid:<...>, or any message that carried it) or its URL.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID|URL")
    String what;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "the record as JSON (docs/RECORD.md), with its sightings")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Article[] found = archive.read("show", err, x -> new Article[]{x.find(what)});
        if (found == null) {
            return Main.EXIT_SINK;
        }
        Article a = found[0];
        if (a == null) {
            err.println("mailclip show: no record " + what + " in " + archive.sink);
            return 1;
        }
        out.print(json ? ArticleJson.pretty(a) + "\n" : ArticleMarkdown.render(a));
        out.flush();
        return 0;
    }
}
