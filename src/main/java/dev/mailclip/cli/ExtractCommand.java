package dev.mailclip.cli;

import dev.mailclip.article.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mailclip extract FILE}: the record of a clipped email or loose clip file, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the record of an email or clip file as JSON.",
                "FILE is a clipped email (.eml), a loose clip (.html, .txt, .md) or, as one compact record per "
                        + "line, a mailbox (mbox); - reads standard input. A message that cannot be read is named "
                        + "on stderr with its place (box.mbox#2 (byte 74): reason) and the others are printed."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every message was printed",
                "2:the input cannot be read or is not mail, or an option is wrong (one line naming it)",
                "4:some messages of a mailbox could not be read (each named on stderr), the others printed"})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the email, clip or mbox file; - for standard input")
    Path file;

    @Option(names = "--compact", description = "one line instead of indented JSON")
    boolean compact;

    @Option(names = "--max", paramLabel = "N", defaultValue = "1000000",
            description = "read at most this many messages (default: ${DEFAULT-VALUE})")
    long max;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (max < 1) {
            err.println("mailclip extract: --max must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        SingleInput.Counts counts;
        try {
            counts = SingleInput.each(file, max, (a, mailbox) -> {
                out.println(compact || mailbox ? ArticleJson.line(a) : ArticleJson.pretty(a));
                out.flush();
            }, line -> {
                err.println("mailclip extract: " + line);
                err.flush();
            });
        } catch (SingleInput.BadInput e) {
            out.flush();
            err.println("mailclip extract: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (counts.failed() > 0 && !counts.mailbox()) {
            return ExitCodes.BAD_INPUT; // the one message is not readable mail: its line said why
        }
        if (counts.failed() > 0) {
            err.println("mailclip extract: " + counts.failed() + " of " + counts.messages()
                    + " messages could not be read; the others are printed");
            return ExitCodes.SOME_FAILED;
        }
        return 0;
    }
}
