package dev.mailclip.recover;

import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.mail.Content;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.mail.MailSignals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole saved pages end to end: the body is the page's article, not its menus, share bar and footer. */
class PageSavedTest {
    private static final Mailclip MAILCLIP = new Mailclip();
    private static final String PROSE = "<p>The council voted on Tuesday to extend the river path by four kilometres, "
            + "linking the old harbour with the new housing estates on the eastern bank, at last.</p>";

    @ParameterizedTest
    @ValueSource(strings = {"page-safari-webpage", "page-attached-singlefile", "page-attached-mhtml"})
    void theBodyIsTheArticleOfThePage(String name) throws Exception {
        Article a = extract(Path.of("fixtures/shapes", name + ".eml"));
        assertTrue(a.text().contains("The council voted on Tuesday"), a.text());
        assertTrue(a.text().strip().endsWith("opens for sailing boats."), a.text());
        for (String boilerplate : new String[]{"Home | News", "Share this story", "Quay Street", "Subscribe"}) {
            assertFalse(a.text().contains(boilerplate), boilerplate + " in " + a.text());
        }
        assertNotNull(a.html());
        assertFalse(a.html().contains("class="), "sanitized: " + a.html());
    }

    @Test
    void anOrdinaryHtmlMailIsNoPage() {
        Findings f = new Recovery().recover(new Content("<div>Hi Nora,</div>" + PROSE, null),
                new ClipContext(LocalDate.of(2025, 5, 14), "lunch", MailSignals.NONE, ClipContext.Source.MESSAGE_BODY));
        assertFalse(f.anyEvidence("page:"));
    }

    @Test
    void aPageTitleAloneIsNoTitleInAMailBody() {
        Findings f = new Recovery().recover(new Content("<html><head><title>Newsletter</title></head><body>"
                + PROSE.repeat(3) + "</body></html>", null), new ClipContext(LocalDate.of(2025, 5, 14), "news"));
        assertFalse(f.evidence(Field.TITLE, "page:"));
    }

    @Test
    void aLinkWithPastedTextInAnHtmlMailWithATitleIsReadFromTheText() {
        String url = "https://news.example.org/2025/05/13/river-path";
        Findings f = new Recovery().recover(new Content("<html><head><title>River path</title></head><body><p>" + url
                + "</p>" + PROSE.repeat(4) + "</body></html>", url + "\n\nRiver path\n\n"
                + PROSE.replaceAll("<[^>]+>", "").repeat(4)), new ClipContext(LocalDate.of(2025, 5, 14), "River path"));
        assertEquals(url, f.value(Field.URL));
        assertFalse(f.anyEvidence("page:"));
    }

    @Test
    void theSaveDateIsNeverThePublicationDate() {
        Findings f = new Recovery().recover(new Content("<!--\n Page saved with SingleFile \n url: "
                + "https://news.example.org/2025/05/12/ferry \n saved date: Wed May 14 2025 08:12:03 GMT+0200 (CEST)\n-->"
                + "<html><head><title>Ferry</title></head><body><article>" + PROSE.repeat(3) + "</article></body></html>",
                null), new ClipContext(LocalDate.of(2025, 5, 14), "Ferry").attachedPage());
        assertEquals("page:singlefile:url", f.get(Field.URL).orElseThrow().evidence());
        assertNull(f.value(Field.PUBLISHED));
    }

    @Test
    void aReaderViewPasteIsLeftToReaderView() {
        Findings f = new Recovery().recover(new Content("<html><head><title>Saved</title>"
                + "<link rel=canonical href='https://example.org/other/page'></head><body>"
                + "<div class='moz-reader-content'><h1 class='reader-title'>River path</h1><div id='moz-reader-content'>"
                + PROSE.repeat(3) + "</div></div></body></html>", null), new ClipContext(LocalDate.of(2025, 5, 14), "x"));
        assertTrue(f.anyEvidence("reader-view"));
        assertFalse(f.anyEvidence("page:"));
    }

    private static Article extract(Path eml) throws Exception {
        try (MessageSource source = Sources.open(eml)) {
            RawMessage raw = source.next();
            return MAILCLIP.extract(raw);
        }
    }
}
