package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
import dev.mailclip.sink.RecordFilter;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mailclip export --to markdown:DIR|jsonl:FILE [--sink URI]}: writes what an archive holds into another sink. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes everything the archive holds to another sink.",
                "Every record with its sightings, to markdown:DIR, jsonl:FILE, ..."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--to", paramLabel = "URI", required = true, description = "where to write: markdown:DIR or jsonl:FILE")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Article> records = archive.read("export", err, a -> a.list(RecordFilter.ALL));
        if (records == null) {
            return ExitCodes.SINK;
        }
        int written = 0;
        int known = 0;
        try (Sink target = Sinks.open(to)) {
            for (Article a : records) {
                if (target.accept(a) == Sink.Outcome.STORED) {
                    written++;
                } else {
                    known++;
                }
            }
        } catch (SinkException e) {
            err.println("mailclip export: " + OneLine.of(e));
            return ExitCodes.SINK;
        }
        err.println("mailclip export: " + written + " records written to " + to
                + (known > 0 ? ", " + known + " already there" : ""));
        return 0;
    }
}
