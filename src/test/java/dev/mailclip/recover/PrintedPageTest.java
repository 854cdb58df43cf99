package dev.mailclip.recover;

import dev.mailclip.mail.MailSignals;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintedPageTest {
    private static final int MAX = 2 << 20;
    private static final String TITLE = "Last wooden ferry makes its final crossing | Riverside Courier";
    private static final String URL = "https://courier.example.net/2026/11/29/last-wooden-ferry-final-crossing";
    private static final String SHORT_URL = "https://courier.example.net/2026/11/29/ferry";
    private static final List<String> TEXT = PrintedPdfs.ferryArticle();

    private static PrintedPage.Page read(byte[] pdf) {
        return PrintedPage.read(pdf, MAX);
    }

    @Test
    void chromeHeaderAndFooter() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.CHROME, TITLE, URL, "12/1/26, 10:42 AM",
                "Last wooden ferry makes its final crossing", TEXT);
        PrintedPage.Page page = read(pdf);
        assertNotNull(page);
        assertEquals(TITLE, page.title());
        assertEquals(URL, page.url());
        assertEquals("12/1/26, 10:42 AM", page.printed());
        assertBodyIsTheArticle(page.body());
    }

    @Test
    void firefoxHeaderAndFooter() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.FIREFOX, TITLE, SHORT_URL + "?utm_source=rss",
                "01/12/2026, 10:42:05", null, TEXT);
        PrintedPage.Page page = read(pdf);
        assertNotNull(page);
        assertEquals(TITLE, page.title());
        assertEquals(SHORT_URL, page.url(), "cleaned of its tracking parameters");
        assertEquals("01/12/2026, 10:42:05", page.printed());
        assertBodyIsTheArticle(page.body());
    }

    @Test
    void aFileWithoutItsCrossReferencePointerIsNoPrint() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.CHROME, TITLE, URL, "12/1/26, 10:42 AM", null, TEXT);
        assertTrue(PrintedPage.pointsToItsCrossReferences(pdf));
        assertNotNull(read(pdf));
        // cut short (the pointer is the file's last line but one): PDFBox would rebuild it from a scan of every byte
        byte[] cut = Arrays.copyOf(pdf, pdf.length - 40);
        assertFalse(PrintedPage.pointsToItsCrossReferences(cut));
        assertNull(read(cut));
        // bytes that only begin as a PDF, as a large attachment named .pdf may
        byte[] fake = new byte[400_000];
        new java.util.Random(7).nextBytes(fake);
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, fake, 0, 9);
        assertNull(read(fake));
        assertNull(read(new byte[0]));
    }

    @Test
    void aUrlTheBrowserCutShortIsNoUrl() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.CHROME, TITLE, "https://courier.example.net/2026/11/29/last-wo...",
                "12/1/26, 10:42 AM", null, TEXT);
        PrintedPage.Page page = read(pdf);
        assertNotNull(page);
        assertEquals(TITLE, page.title());
        assertNull(page.url());
        assertBodyIsTheArticle(page.body());
    }

    @Test
    void noHeaderNoUrlNoTitle() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.NONE, null, null, null,
                "Last wooden ferry makes its final crossing", TEXT);
        PrintedPage.Page page = read(pdf);
        assertNotNull(page);
        assertNull(page.url());
        assertNull(page.title());
        assertNull(page.printed());
        assertTrue(page.body().startsWith("Last wooden ferry makes its final crossing\n\nThe last"), page.body().substring(0, 80));
        assertBodyIsTheArticle(page.body());
    }

    @Test
    void printLinesGivenWholeAreCutApart() {
        // a stripper that gives header and footer as one run of words each
        List<List<PrintedPage.Line>> pages = List.of(
                List.of(line("12/1/26, 10:42 AM Ferry ends its run", 20), line("The ferry ended its run.", 80),
                        line(URL + " 1/2", 776)),
                List.of(line("12/1/26, 10:42 AM Ferry ends its run", 20), line("More text here.", 80),
                        line(URL + " 2/2", 776)));
        PrintedPage.Page page = PrintedPage.fromLines(pages);
        assertEquals("Ferry ends its run", page.title());
        assertEquals(URL, page.url());
        assertEquals("The ferry ended its run.\n\nMore text here.", page.body());

        PrintedPage.Page firefox = PrintedPage.fromLines(List.of(List.of(line("Ferry ends its run " + URL, 20),
                line("The ferry ended its run.", 80), line("Page 1 of 1 December 1, 2026 at 10:42 AM", 776))));
        assertEquals("Ferry ends its run", firefox.title());
        assertEquals(URL, firefox.url());
        assertEquals("December 1, 2026 at 10:42 AM", firefox.printed());
        assertEquals("The ferry ended its run.", firefox.body());
    }

    @Test
    void bodyLinesAtTheEdgesAreNoHeader() {
        // the first and last lines say nothing a browser prints, or stand in the body's part of the page
        List<List<PrintedPage.Line>> pages = List.of(List.of(line("A short history of the crossing", 20),
                line("12/1/26, 10:42 AM was when it closed", 300), line("It ran for 41 years.", 776)));
        PrintedPage.Page page = PrintedPage.fromLines(pages);
        assertNull(page.title());
        assertNull(page.url());
        assertTrue(page.body().startsWith("A short history"));
        assertTrue(page.body().endsWith("It ran for 41 years."));
    }

    @Test
    void thePrintDateIsNeverThePublishedDate() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.FIREFOX, TITLE, SHORT_URL, "December 1, 2026 at 10:42 AM", null, TEXT);
        ClipContext context = new ClipContext(LocalDate.of(2026, 12, 1), "ferry", MailSignals.NONE,
                ClipContext.Source.ATTACHED_PAGE);
        Findings f = new Recovery().recoverPrinted(pdf, context, MAX);
        assertNotNull(f);
        assertTrue(f.isArticle());
        assertEquals("page", f.verdict().kind());
        assertEquals("page:print:title", f.get(Field.TITLE).orElseThrow().evidence());
        assertEquals("page:print:url", f.get(Field.URL).orElseThrow().evidence());
        assertFalse(f.has(Field.PUBLISHED));
        assertEquals("courier.example.net", f.value(Field.SITE));
    }

    @Test
    void withoutAddressOnlyFromThePersonThemselves() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.NONE, null, null, null, null, TEXT);
        ClipContext other = new ClipContext(LocalDate.of(2026, 12, 1), "ferry", MailSignals.NONE,
                ClipContext.Source.ATTACHED_PAGE);
        assertFalse(new Recovery().recoverPrinted(pdf, other, MAX).isArticle());
    }

    @Test
    void brokenOrEncryptedPdfGivesNothing() throws IOException {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.CHROME, TITLE, URL, "12/1/26, 10:42 AM", null, TEXT);
        assertNull(read(Arrays.copyOf(pdf, pdf.length / 3)), "truncated");
        assertNull(read("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes()), "no pages");
        assertNull(read("not a pdf at all".getBytes()));
        assertNull(read(new byte[0]));
        assertNull(new Recovery().recoverPrinted("%PDF-garbage".getBytes(), ClipContext.NONE.attachedPage(), MAX));
        assertNull(read(encrypted("secret")), "needs a password");
        assertNull(read(encrypted("")), "encrypted for its owner only");
    }

    @Test
    void boundedByTheTextLimit() {
        byte[] pdf = PrintedPdfs.print(PrintedPdfs.Browser.CHROME, TITLE, URL, "12/1/26, 10:42 AM", null, TEXT);
        PrintedPage.Page page = PrintedPage.read(pdf, 500);
        assertNotNull(page);
        assertTrue(page.body().length() <= 500, "at most the limit: " + page.body().length());
    }

    @Test
    void printLinesAreReadInLinearTime() {
        // only the first and last line of a page are parsed, and only up to 400 characters: still, no backtracking
        List<String> units = List.of("1/", "1 of ", "12/1/26, ", "https://", "http://a ", " ", "9", "1.1.1 ", "Page 1 ");
        for (String unit : units) {
            String hostile = unit.repeat(400 / unit.length() + 1).substring(0, 399) + "!";
            List<List<PrintedPage.Line>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < PrintedPage.MAX_PAGES; i++) {
                pages.add(List.of(line(hostile, 20), line(hostile.repeat(50), 300), line(hostile, 776)));
            }
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                    () -> PrintedPage.fromLines(pages), unit);
        }
    }

    private static void assertBodyIsTheArticle(String body) {
        assertFalse(body.contains("courier.example.net"), "no footer in the body");
        assertFalse(body.contains("10:42"), "no header in the body");
        assertFalse(body.contains("Riverside Courier"), "no header in the body");
        assertFalse(body.matches("(?s).*\\b\\d/\\d\\b.*"), "no page counter in the body");
        String[] paragraphs = body.split("\n\n");
        assertTrue(paragraphs.length >= TEXT.size(), "paragraphs kept apart: " + paragraphs.length);
        for (String p : TEXT) {
            assertTrue(body.contains(p), "paragraph whole, across pages too: " + p.substring(0, 40));
        }
        assertTrue(body.endsWith(TEXT.get(TEXT.size() - 1)));
    }

    private static PrintedPage.Line line(String text, float y) {
        return new PrintedPage.Line(List.of(text), y, 792, true, 11);
    }

    private static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            doc.save(out);
            return out.toByteArray();
        }
    }
}
