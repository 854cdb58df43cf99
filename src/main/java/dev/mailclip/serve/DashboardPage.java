package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.QuarantineEntry;
import dev.mailclip.sink.RecordFilter;
import dev.mailclip.sink.SinkException;
import io.undertow.server.HttpServerExchange;

import java.util.List;

/** {@code /dashboard}: the whole archive counted ({@link Tally}) and drawn ({@link DashboardView}). */
final class DashboardPage {
    private final Archive archive;

    DashboardPage(Archive archive) {
        this.archive = archive;
    }

    void handle(HttpServerExchange x) throws SinkException {
        Tally t = new Tally();
        List<QuarantineEntry> quarantined;
        synchronized (archive) {
            for (Article a : archive.summaries(RecordFilter.ALL)) {
                t.add(a);
            }
            quarantined = archive.quarantined();
        }
        quarantined.forEach(q -> t.addQuarantined(q.reason()));
        List<String> summary = List.of(t.records() + " records, " + quarantined.size() + " quarantined");
        Responses.html(x, "dashboard", DashboardView.of("Dashboard", summary, t, null));
    }
}
