package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.article.MailInfo;
import dev.mailclip.cli.Cli;
import dev.mailclip.importer.ImportCounts;
import dev.mailclip.importer.ImportResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import --report FILE.html}: one self-contained file, the import's dashboard, nothing fetched or run. */
class ReportWriterTest {

    @Test
    void anImportWritesItsDashboardAsOneSelfContainedFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("out/report.html");
        Cli.Run run = Cli.run("import", "fixtures/mailbox/clips.mbox", "fixtures/mailbox/hostile/dup-deep.mbox",
                "--sink", "sqlite:" + dir.resolve("a.db"), "-q", "--report", report.toString());
        assertEquals(0, run.code(), run.err());
        Document doc = Jsoup.parse(Files.readString(report));
        assertTrue(doc.select("script, link, iframe, object, embed").isEmpty(), "nothing to run or fetch");
        assertTrue(doc.select("[src]").isEmpty(), "no source outside the file");
        assertTrue(doc.select("a[href]").isEmpty(), "no links to a server that is not there");
        assertNotNull(doc.selectFirst("head style"), "its style sheet inside");
        assertFalse(doc.select("#timeline svg rect").isEmpty(), "articles per month");
        assertFalse(doc.select("#sites svg rect").isEmpty(), "top sites");
        assertFalse(doc.select("#kinds svg rect").isEmpty(), "kinds");
        assertEquals(1, doc.select("#reasons svg rect").size(), "the one quarantine reason");
        assertTrue(doc.select("#reasons").text().contains("nesting depth"), doc.select("#reasons").text());
        assertTrue(doc.select(".summary").text().contains("1 quarantined"), doc.select(".summary").text());
    }

    @Test
    void aJsonReportStaysJson(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Cli.Run run = Cli.run("import", "fixtures/mailbox/clips.mbox", "--sink", "sqlite:" + dir.resolve("a.db"), "-q",
                "--report", report.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readString(report).strip().startsWith("{"));
    }

    @Test
    void whatMailSaysIsEscapedNotWritten() {
        Tally t = new Tally();
        t.add(Article.builder().kind(Kind.ARTICLE).site("<script>alert(1)</script>").date("2024-05-01")
                .mail(new MailInfo(null, null, null, null, null, List.of("<img src=x onerror=alert(1)>"), null, null, null))
                .id("x").build());
        t.addQuarantined("bad \"</style><script>alert(2)</script>");
        String html = ReportWriter.render(new ImportResult(new ImportCounts(2, 1, 0, 0, 1), 0.5, null), "sqlite:a.db",
                List.of("<b>in.mbox</b>"), t);
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, img, b").isEmpty(), html);
        assertTrue(doc.text().contains("<script>alert(1)</script>"), "shown as text");
        assertTrue(ReportWriter.isHtml(Path.of("r.HTML")) && !ReportWriter.isHtml(Path.of("r.json")));
    }
}
