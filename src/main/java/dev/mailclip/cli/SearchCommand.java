package dev.mailclip.cli;

import dev.mailclip.OneLine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.RecordFilter;
import dev.mailclip.sink.SearchHit;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code mailclip search WORDS... [--sink URI] [--limit N] [--json] [filters]}: any archive whose sink
 * provider says it can search ({@link dev.mailclip.sink.SinkProvider#canSearch}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds articles in the archive, best matches first, with a snippet.",
                "All words must occur (\"talks\" also finds \"talk\"); \"a phrase\" in quotes must occur as written."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "WORDS")
    List<String> words;

    @Option(names = "--sink", paramLabel = "URI", defaultValue = Sinks.DEFAULT_URI,
            description = "the archive to search: sqlite:PATH, solr:http://HOST:8983/solr/COLLECTION or"
                    + " solr:zk://HOSTS/CHROOT?collection=NAME (default: ${DEFAULT-VALUE})")
    String sink;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N results (default: 10)")
    int limit;

    @Option(names = "--json", description = "one JSON object per result")
    boolean json;

    @Mixin
    FilterOptions filters;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("mailclip search: --limit must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        RecordFilter filter;
        try {
            filter = filters.filter();
            if (!Sinks.canSearch(sink)) {
                err.println("mailclip search: only an archive of " + String.join(" or ", Sinks.searchable())
                        + " can be searched, not " + sink);
                return ExitCodes.BAD_INPUT;
            }
        } catch (IllegalArgumentException | SinkException e) {
            err.println("mailclip search: " + OneLine.of(e));
            return ExitCodes.BAD_INPUT;
        }
        List<SearchHit> hits;
        try (Archive archive = Sinks.openArchive(sink)) {
            hits = archive.search(String.join(" ", words), filter, limit);
        } catch (SinkException e) {
            err.println("mailclip search: " + OneLine.of(e));
            return ExitCodes.SINK;
        }
        int n = 0;
        for (SearchHit h : hits) {
            n++;
            if (json) {
                ObjectNode node = ArticleJson.mapper().createObjectNode();
                node.put("title", h.title());
                node.put("url", h.url());
                node.put("date", h.date());
                node.put("site", h.site());
                node.put("snippet", h.snippet());
                node.put("score", h.score());
                node.put("id", h.id());
                out.println(node);
            } else {
                out.println(n + ". " + (h.title() == null ? "(untitled)" : h.title()));
                StringBuilder meta = new StringBuilder("   ");
                meta.append(h.url() == null ? "(no url)" : h.url());
                if (h.date() != null) {
                    meta.append("  ").append(h.date());
                }
                if (h.site() != null) {
                    meta.append("  ").append(h.site());
                }
                out.println(meta);
                if (h.snippet() != null) {
                    out.println("   " + h.snippet().replaceAll("\\s+", " ").trim());
                }
                out.println();
            }
        }
        out.flush();
        if (hits.isEmpty()) {
            err.println("mailclip search: no articles match");
        }
        return 0;
    }
}
