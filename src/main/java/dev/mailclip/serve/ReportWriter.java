package dev.mailclip.serve;

import dev.mailclip.importer.ImportResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code import --report FILE.html}: the dashboard of one import as one self-contained HTML file, its style
 * sheet inside and its charts drawn as SVG, so it opens anywhere with no network and runs no script.
 */
public final class ReportWriter {
    private ReportWriter() {
    }

    /** Whether a report file named so is the HTML one (by its extension; anything else stays JSON). */
    public static boolean isHtml(Path report) {
        String name = report.getFileName() == null ? "" : report.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /** The report's HTML. */
    public static String render(ImportResult result, String sink, List<String> inputs, Tally tally) {
        List<String> summary = List.of(result.counts().describe(),
                String.format(Locale.ROOT, "in %.1f s (%.0f messages/s) into %s", result.seconds(),
                        result.messagesPerSecond(), sink),
                "from " + String.join(", ", inputs),
                result.inputError() == null ? "every input read to its end" : "cannot read " + result.inputError());
        return Views.render("dashboard", DashboardView.of("mailclip import", summary, tally, Views.css()));
    }

    public static void write(Path file, ImportResult result, String sink, List<String> inputs, Tally tally)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(result, sink, inputs, tally), StandardCharsets.UTF_8);
    }
}
