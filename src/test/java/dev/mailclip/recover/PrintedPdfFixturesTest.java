package dev.mailclip.recover;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generator of the printed-PDF messages in {@code fixtures/shapes/} ({@code page-printed-*.eml}): a short
 * note with a web page printed from Chrome or Firefox (or printed without header and footer) attached.
 * Their expected records ({@code NAME.record.json}) are written by hand and checked by FixtureRecordsTest.
 * <p>
 * Regenerate: {@code mvn test -Dtest=PrintedPdfFixturesTest -Dmailclip.writeFixtures=true}. Otherwise this
 * checks that each fixture's text, and the text read from its PDF, is what the generator makes now.
 */
class PrintedPdfFixturesTest {
    private static final Path DIR = Path.of("fixtures/shapes");

    record Fixture(String name, String from, String to, String subject, String date, String note, String fileName,
                   byte[] pdf) {
    }

    static List<Fixture> fixtures() {
        List<Fixture> f = new ArrayList<>();
        String nora = "Nora Lind <nora.lind@example.com>";
        f.add(new Fixture("page-printed-chrome", nora, nora, "ferry piece", "Tue, 01 Dec 2026 10:45:00 +0100",
                "Printed the ferry piece to read on the train.",
                "Last wooden ferry makes its final crossing _ Riverside Courier.pdf",
                PrintedPdfs.print(PrintedPdfs.Browser.CHROME, "Last wooden ferry makes its final crossing | Riverside Courier",
                        "https://courier.example.net/2026/11/29/last-wooden-ferry-final-crossing",
                        "12/1/26, 10:42 AM", "Last wooden ferry makes its final crossing", PrintedPdfs.ferryArticle())));
        f.add(new Fixture("page-printed-firefox", "Tomas Ek <tomas.ek@example.org>", nora, "you'll like this",
                "Wed, 02 Dec 2026 19:05:00 +0100", "Thought you'd like this one, it's the ferry again.",
                "ferry.pdf",
                PrintedPdfs.print(PrintedPdfs.Browser.FIREFOX, "The ferry's brass bell stays on the quay",
                        "https://courier.example.net/2026/12/02/ferry-bell?utm_source=rss&utm_medium=feed",
                        "02/12/2026, 19:01:44", "The ferry's brass bell stays on the quay", PrintedPdfs.ferryArticle())));
        f.add(new Fixture("page-printed-no-header", nora, nora, "Last wooden ferry makes its final crossing",
                "Tue, 01 Dec 2026 11:10:00 +0100", "For later.", "Riverside Courier.pdf",
                PrintedPdfs.print(PrintedPdfs.Browser.NONE, null, null, null,
                        "Last wooden ferry makes its final crossing", PrintedPdfs.ferryArticle())));
        f.add(new Fixture("mail-pdf-no-header", "Tomas Ek <tomas.ek@example.org>", nora, "minutes",
                "Wed, 02 Dec 2026 09:00:00 +0100", "The minutes from Monday, as promised.", "minutes.pdf",
                PrintedPdfs.print(PrintedPdfs.Browser.NONE, null, null, null, "Minutes", PrintedPdfs.ferryArticle())));
        return f;
    }

    static String eml(Fixture f) {
        String boundary = "==printed-" + f.name() + "==";
        String b64 = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(f.pdf());
        return "From: " + f.from() + "\n"
                + "To: " + f.to() + "\n"
                + "Subject: " + f.subject() + "\n"
                + "Date: " + f.date() + "\n"
                + "Message-ID: <" + f.name() + "@fixtures.mailclip>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\n"
                + "Content-Transfer-Encoding: 7bit\n"
                + "\n"
                + f.note() + "\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Type: application/pdf; name=\"" + f.fileName() + "\"\n"
                + "Content-Transfer-Encoding: base64\n"
                + "Content-Disposition: attachment; filename=\"" + f.fileName() + "\"\n"
                + "\n"
                + b64 + "\n"
                + "--" + boundary + "--\n";
    }

    @Test
    void fixturesAreWhatTheGeneratorMakes() throws IOException {
        boolean write = Boolean.getBoolean("mailclip.writeFixtures");
        for (Fixture f : fixtures()) {
            Path path = DIR.resolve(f.name() + ".eml");
            String made = eml(f);
            if (write) {
                Files.writeString(path, made, StandardCharsets.US_ASCII);
                continue;
            }
            assertTrue(Files.exists(path), path + " is written: -Dmailclip.writeFixtures=true");
            String kept = Files.readString(path, StandardCharsets.US_ASCII);
            // the PDF's bytes may differ from one PDFBox to the next, its text may not
            int at = kept.indexOf("\n\n", kept.indexOf("application/pdf")) + 2;
            int end = kept.indexOf("\n--", at);
            assertEquals(made.substring(0, made.indexOf("\n\n", made.indexOf("application/pdf")) + 2),
                    kept.substring(0, at), f.name() + ": headers and note");
            byte[] keptPdf = Base64.getMimeDecoder().decode(kept.substring(at, end));
            assertEquals(PrintedPage.read(f.pdf(), 1 << 20), PrintedPage.read(keptPdf, 1 << 20), f.name() + ": the PDF's text");
        }
    }
}
