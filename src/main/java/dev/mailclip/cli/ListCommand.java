package dev.mailclip.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.RecordFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code mailclip list [--sink URI] [--site S] [--label L] [--since D] [--until D] [--kind K] [--json]}: by date. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Lists the records of the archive by date.",
                "Oldest first: date, site, title, labels, id."})
final class ListCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--json", description = "one JSON object per record: date, site, title, url, labels, sightings, id")
    boolean json;

    @Mixin
    FilterOptions filters;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RecordFilter filter;
        try {
            filter = filters.filter();
        } catch (IllegalArgumentException e) {
            err.println("mailclip list: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        List<Article> records = archive.read("list", err, a -> a.list(filter));
        if (records == null) {
            return ExitCodes.SINK;
        }
        for (Article a : records) {
            TreeSet<String> labels = new TreeSet<>();
            if (a.mail() != null) {
                labels.addAll(a.mail().labels());
            }
            a.sightings().forEach(s -> labels.addAll(s.labels()));
            String title = a.title() != null ? a.title() : a.mail() != null ? a.mail().subject() : null;
            if (json) {
                ObjectNode node = ArticleJson.mapper().createObjectNode();
                node.put("date", a.date());
                node.put("kind", a.kind() == null ? null : a.kind().json());
                node.put("site", a.site());
                node.put("title", title);
                node.put("url", a.url());
                labels.forEach(node.putArray("labels")::add);
                node.put("sightings", Math.max(1, a.sightings().size()));
                node.put("id", a.id());
                out.println(node);
            } else {
                out.println(String.join("  ", a.date() == null ? "(no date)" : a.date(),
                        a.site() == null ? "-" : a.site(), title == null ? "(untitled)" : title.replace('\n', ' '),
                        labels.isEmpty() ? "" : "[" + String.join(", ", labels) + "]",
                        a.sightings().size() > 1 ? "×" + a.sightings().size() : "", a.id()).replaceAll(" {3,}", "  "));
            }
        }
        out.flush();
        if (records.isEmpty()) {
            err.println("mailclip list: no records match");
        }
        return 0;
    }
}
