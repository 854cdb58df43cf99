package dev.mailclip.cli;

import dev.mailclip.OneLine;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.Limits;
import dev.mailclip.Mailclip;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.importer.ImportCounts;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.importer.ImportProgress;
import dev.mailclip.importer.ImportResult;
import dev.mailclip.importer.MailboxImport;
import dev.mailclip.importer.Importer;
import dev.mailclip.imap.ImapImport;
import dev.mailclip.imap.ImapLoginException;
import dev.mailclip.imap.ImapSettings;
import dev.mailclip.imap.ImapUrl;
import dev.mailclip.imap.PasswordSource;
import dev.mailclip.imap.Watching;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Watcher;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.serve.ReportWriter;
import dev.mailclip.serve.Tally;
import dev.mailclip.serve.TallyingSink;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code mailclip import PATH|URL... [--sink URI] [--report FILE] [--quiet] [--threads N]
 * [--password-env VAR|--password-file FILE] [--watch]}
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports mailboxes into a sink; a second run adds nothing.",
                "PATH is an mbox (mboxo, mboxrd, mboxcl2, .mbox.gz, Gmail Takeout, Thunderbird), a Maildir or "
                        + "Maildir++, a folder of .eml, a loose clip (.html, .txt, .md) or - for standard input; "
                        + "directories are walked; or a mail server's folder, imaps://user@host[:port]/Folder "
                        + "(imap:// with STARTTLS), read only, fetching what is new since the last import. "
                        + "Every message ends as a record, a duplicate or quarantined with its reason."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every message was stored, found a duplicate or quarantined",
                "2:an input cannot be read or is not mail, or an option value is wrong (one line naming it)",
                "3:the sink cannot be written",
                "5:the --report file cannot be written (the import itself is done)",
                "6:the mail server refused the login",
                "7:the connection to the mail server was lost and did not come back (what was read is stored)"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH|URL",
            description = "mbox files, Maildirs, folders, messages, clips; imaps://user@host/Folder (URL-encoded: "
                    + "imaps://me@imap.gmail.com/%%5BGmail%%5D/All%%20Mail)")
    List<String> paths;

    @Option(names = "--password-env", paramLabel = "VAR", description = "IMAP: the password is in this environment variable")
    String passwordEnv;

    @Option(names = "--password-file", paramLabel = "FILE", description = "IMAP: the password is the first line of FILE "
            + "(without either, it is asked for on the terminal)")
    Path passwordFile;

    @Option(names = "--watch", description = "keep going: IMAP IDLE for a server's folder, new files for a Maildir; "
            + "Ctrl-C ends with the summary (one input)")
    boolean watch;

    @Option(names = "--poll-interval", paramLabel = "TIME", converter = LimitOptions.DurationConverter.class, defaultValue = "60s",
            description = "with --watch: how long one IMAP IDLE lasts before it is renewed, or how often a server "
                    + "without IDLE is asked (default: ${DEFAULT-VALUE})")
    Duration pollInterval;

    @Option(names = "--imap-batch", paramLabel = "N", defaultValue = "200",
            description = "IMAP: messages fetched per round trip (default: ${DEFAULT-VALUE})")
    int imapBatch;

    /** The wait before the first reconnect (doubled for each further one); hidden: for tests. */
    @Option(names = "--imap-backoff", paramLabel = "TIME", converter = LimitOptions.DurationConverter.class, defaultValue = "1s",
            hidden = true)
    Duration imapBackoff;

    @Option(names = "--sink", paramLabel = "URI", defaultValue = Sinks.DEFAULT_URI,
            description = "where records go: sqlite:FILE, jsonl:FILE, jsonl:-, markdown:DIR (default: ${DEFAULT-VALUE})")
    String sink;

    @Option(names = "--report", paramLabel = "FILE", description = "write the counts as JSON to FILE, or the import's dashboard to FILE.html")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "no progress and no warnings; the summary line only")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "extract workers (default: the number of cores)")
    Integer threads;

    @Mixin
    LimitOptions limitOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return importAll();
        } finally {
            Watching.ended(); // a Ctrl-C during --watch waits for the summary above
        }
    }

    private Integer importAll() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> skipped = new ArrayList<>();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            err.println("mailclip import: --threads must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        Limits limits;
        try {
            limits = limitOptions.limits();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (watch && paths.size() != 1) {
            err.println("mailclip import: --watch takes one input (a server's folder or a Maildir)");
            return ExitCodes.BAD_INPUT;
        }
        ImapImport imap = imap(err, limits);
        Tally tally = report != null && ReportWriter.isHtml(report) ? new Tally() : null;
        MailboxImport mailboxImport = MailboxImport.builder().inputs(paths).sink(sink).limits(limits).threads(workers)
                .onSkip(line -> {
                    synchronized (skipped) {
                        skipped.add(line);
                    }
                    if (!quiet) {
                        err.println("mailclip import: " + line);
                        err.flush();
                    }
                })
                .remote(in -> ImapUrl.isImap(in) ? imap.open(in) : null)
                .sourceView(imap::track)
                .sinkView(out -> {
                    Sink marked = imap.attach(out, sink);
                    return tally == null ? marked : new TallyingSink(marked, tally);
                })
                .build();
        MailboxImport.Opened opened;
        try {
            opened = mailboxImport.open();
        } catch (ImapLoginException e) {
            err.println("mailclip import: " + OneLine.of(e));
            return ExitCodes.LOGIN;
        } catch (IOException e) {
            err.println("mailclip import: " + OneLine.of(e));
            return ExitCodes.BAD_INPUT;
        } catch (SinkException e) {
            err.println("mailclip import: " + OneLine.of(e));
            return ExitCodes.SINK;
        }
        ImportResult result = null;
        try (opened; ImportProgress progress = quiet ? null : ImportProgress.forConsole(opened.totalBytes())) {
            Watcher watcher = null;
            if (watch) {
                try {
                    watcher = Watching.watcher(paths.get(0), opened.source(), imap, limits);
                } catch (IOException e) {
                    err.println("mailclip import: " + OneLine.of(e));
                    imap.stop();
                    return ExitCodes.BAD_INPUT;
                }
            }
            ImportListener listener = imap.track(progress == null ? ImportListener.NONE : progress);
            result = opened.importAll(listener);
            if (watcher != null) {
                result = Watching.keepGoing(watcher, opened.importer(), listener, result,
                        quiet ? null : line -> err.println("mailclip import: " + line));
            }
        } catch (SinkException e) {
            err.println("mailclip import: " + OneLine.of(e));
            return ExitCodes.SINK;
        } catch (IOException e) {
            // an input that failed to close after it was read: nothing was lost, but say so
            err.println("mailclip import: " + OneLine.of(e));
            if (result == null) {
                return ExitCodes.BAD_INPUT;
            }
        }
        ImportCounts c = result.counts();
        if (c.messages() == 0 && result.inputError() != null) {
            // nothing was read: the one line says why
            err.println("mailclip import: cannot read " + result.inputError());
            return imap.connectionLost() ? ExitCodes.CONNECTION_LOST : ExitCodes.BAD_INPUT;
        }
        err.println(String.format(Locale.ROOT, "mailclip import: %s in %.1f s (%.0f messages/s) into %s",
                c.describe(), result.seconds(), result.messagesPerSecond(), sink));
        if (report != null) {
            try {
                writeReport(result, skipped, tally);
            } catch (IOException e) {
                String m = OneLine.of(e);
                err.println("mailclip import: cannot write the report "
                        + (m.contains(report.toString()) ? m : report + ": " + m));
                return ExitCodes.REPORT;
            }
        }
        if (result.inputError() != null) {
            err.println("mailclip import: cannot read " + result.inputError());
            return imap.connectionLost() ? ExitCodes.CONNECTION_LOST : ExitCodes.BAD_INPUT;
        }
        return 0;
    }

    /** The IMAP side of the import: the password from --password-env, --password-file or the terminal. */
    private ImapImport imap(PrintWriter err, Limits limits) {
        PasswordSource password = passwordEnv != null ? PasswordSource.env(passwordEnv, System.getenv())
                : passwordFile != null ? PasswordSource.file(passwordFile) : PasswordSource.prompt(System.console());
        return new ImapImport(password, System.getProperties(), limits,
                new ImapSettings(imapBatch, ImapSettings.DEFAULTS.retries(), imapBackoff, pollInterval),
                quiet ? null : line -> {
                    err.println("mailclip import: " + line);
                    err.flush();
                });
    }

    private void writeReport(ImportResult result, List<String> skipped, Tally tally) throws IOException {
        if (tally != null) {
            ReportWriter.write(report, result, sink, paths, tally);
            return;
        }
        ImportCounts c = result.counts();
        ObjectNode node = ArticleJson.mapper().createObjectNode();
        node.put("messages", c.messages());
        node.put("articles", c.articles());
        node.put("mail", c.mail());
        node.put("duplicates", c.duplicates());
        node.put("sightings", c.sightings());
        node.put("quarantined", c.quarantined());
        node.put("sink", sink);
        var inputs = node.putArray("inputs");
        paths.forEach(p -> inputs.add(p.toString()));
        var skippedNode = node.putArray("skipped");
        synchronized (skipped) {
            skipped.forEach(skippedNode::add);
        }
        node.put("inputError", result.inputError());
        node.put("seconds", Math.round(result.seconds() * 1000) / 1000.0);
        node.put("messagesPerSecond", Math.round(result.messagesPerSecond() * 10) / 10.0);
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node)
                + "\n", StandardCharsets.UTF_8);
    }
}
