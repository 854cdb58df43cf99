package dev.mailclip.cli;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.ArticleMarkdown;
import dev.mailclip.sink.NearDuplicate;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
        description = {"Shows one record of the archive with its sightings.",
                "By its id (msgid:<...>, or the id of any message that carried it) or its URL."})
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID|URL")
    String what;

    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "the record as JSON (docs/RECORD.md), with its sightings")
    boolean json;

    @Spec
    CommandSpec spec;

    /** The record asked for (null when the archive has none) and its near-duplicates. */
    private record Found(Article record, List<NearDuplicate> nearDuplicates) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Found found = archive.read("show", err, x -> {
            Article r = x.find(what);
            return new Found(r, r == null ? List.of() : x.nearDuplicates(r));
        });
        if (found == null) {
            return ExitCodes.SINK;
        }
        Article a = found.record();
        List<NearDuplicate> near = found.nearDuplicates();
        if (a == null) {
            // what the user asked for is not there: a bad input, said in one line
            err.println("mailclip show: no record " + what + " in " + archive.sink);
            return ExitCodes.BAD_INPUT;
        }
        if (json) {
            ObjectNode node = ArticleJson.mapper().valueToTree(a);
            if (!near.isEmpty()) {
                node.set("nearDuplicates", ArticleJson.mapper().valueToTree(near));
            }
            out.println(node.toPrettyString());
        } else {
            out.print(ArticleMarkdown.render(a));
            if (!near.isEmpty()) {
                out.println("\n## Near duplicates\n");
                for (NearDuplicate n : near) {
                    out.printf(java.util.Locale.ROOT, "- %s %s (%.0f%% alike, %s)%n", n.title() == null ? "(untitled)" : n.title(),
                            n.url() == null ? "" : n.url(), n.similarity() * 100, n.id());
                }
            }
        }
        out.flush();
        return 0;
    }
}
