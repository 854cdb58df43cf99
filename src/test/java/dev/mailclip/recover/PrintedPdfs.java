package dev.mailclip.recover;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes PDFs laid out as browsers print web pages: Chrome's header (date and time left, title centred)
 * and footer (URL left, "1/3" right), Firefox's (title left and URL right; "1 of 3" left and the date
 * right), or none. The body is set in Helvetica, wrapped to the page, over as many pages as it takes.
 * Used by {@link PrintedPageTest} and {@link PrintedPdfFixturesTest} (which writes fixtures/shapes/).
 */
final class PrintedPdfs {
    enum Browser { CHROME, FIREFOX, NONE }

    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font HEADING = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font PRINT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float PARAGRAPH_GAP = 10;
    private static final float MARGIN = 54;

    private PrintedPdfs() {
    }

    /** One line of the body as it is set: its words, font and size, and the gap above it. */
    private record SetLine(String text, PDType1Font font, float size, float above) {
    }

    /**
     * @param heading    the article's heading, set above the paragraphs (null for none)
     * @param paragraphs the article's text
     */
    static byte[] print(Browser browser, String title, String url, String printed, String heading,
                        List<String> paragraphs) {
        PDRectangle box = PDRectangle.LETTER;
        List<List<SetLine>> pages = layout(heading, paragraphs, box);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(box);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = box.getHeight() - MARGIN - 10;
                    for (SetLine line : pages.get(i)) {
                        y -= line.above();
                        text(cs, line.font(), line.size(), MARGIN, y, line.text());
                        y -= LEADING;
                    }
                    decorate(cs, browser, box, title, url, printed, i + 1, pages.size());
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void decorate(PDPageContentStream cs, Browser browser, PDRectangle box, String title, String url,
                                 String printed, int page, int pages) throws IOException {
        float top = box.getHeight() - 20;
        float bottom = 16;
        float right = box.getWidth() - 22;
        switch (browser) {
            case CHROME -> {
                text(cs, PRINT, 8, 22, top, printed);
                text(cs, PRINT, 8, (box.getWidth() - width(PRINT, 8, title)) / 2, top, title);
                text(cs, PRINT, 8, 22, bottom, url);
                String counter = page + "/" + pages;
                text(cs, PRINT, 8, right - width(PRINT, 8, counter), bottom, counter);
            }
            case FIREFOX -> {
                // Firefox gives the URL its width and cuts the title short to fit beside it
                float urlWidth = width(PRINT, 8, url);
                String fitted = title;
                while (width(PRINT, 8, fitted) + urlWidth + 24 > box.getWidth() - 56 && fitted.length() > 1) {
                    fitted = title.substring(0, fitted.length() - (fitted.endsWith("\u2026") ? 2 : 1)) + "\u2026";
                }
                text(cs, PRINT, 8, 28, top, fitted);
                text(cs, PRINT, 8, box.getWidth() - 28 - urlWidth, top, url);
                text(cs, PRINT, 8, 28, bottom, page + " of " + pages);
                text(cs, PRINT, 8, box.getWidth() - 28 - width(PRINT, 8, printed), bottom, printed);
            }
            case NONE -> {
            }
        }
    }

    private static List<List<SetLine>> layout(String heading, List<String> paragraphs, PDRectangle box) {
        float width = box.getWidth() - 2 * MARGIN;
        float room = box.getHeight() - 2 * MARGIN - 20;
        List<SetLine> all = new ArrayList<>();
        if (heading != null) {
            for (String line : wrap(heading, HEADING, 18, width)) {
                all.add(new SetLine(line, HEADING, 18, 6));
            }
        }
        for (String p : paragraphs) {
            boolean first = true;
            for (String line : wrap(p, BODY, SIZE, width)) {
                all.add(new SetLine(line, BODY, SIZE, first ? PARAGRAPH_GAP : 0));
                first = false;
            }
        }
        List<List<SetLine>> pages = new ArrayList<>();
        List<SetLine> page = new ArrayList<>();
        float used = 0;
        for (SetLine line : all) {
            float need = line.above() + LEADING;
            if (used + need > room && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                line = new SetLine(line.text(), line.font(), line.size(), 0);
                need = LEADING;
            }
            page.add(line);
            used += need;
        }
        pages.add(page);
        return pages;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, tried) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType1Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** Some paragraphs of an article about a made-up town's ferry: enough for several pages. */
    static List<String> ferryArticle() {
        List<String> p = new ArrayList<>();
        p.add("The last wooden ferry on the lower river made its final crossing on Sunday afternoon, "
                + "forty-one years after it first carried passengers between the market quay and the mill "
                + "landing on the far bank.");
        String[] more = {
            "Its skipper, who has worked the crossing for nineteen of those years, said the boat had never missed "
                + "a day for weather, only for ice, and that the regulars knew the timetable better than he did. "
                + "On the last trip there were more people on the quay than the boat could take, and many waited "
                + "for the return simply to ride once more.",
            "The council decided last spring that the hull could not be repaired again at a reasonable cost. A "
                + "replacement built of aluminium is being fitted out at the yard downstream and should enter "
                + "service before the summer timetable begins, with room for twice as many bicycles.",
            "Not everyone is pleased. A group of residents has asked that the old boat be kept on the river as a "
                + "floating museum, and the town's historical society has offered to raise part of the money. The "
                + "council has said it will consider the request once the surveyors have reported on the hull.",
            "The crossing itself is older than the boat. Records in the parish archive mention a ferryman at the "
                + "mill landing in the seventeenth century, paid partly in flour, and the stone steps on the far "
                + "bank are thought to be about as old as the mill.",
            "For the people who use it every day the change will mostly be felt in small ways. The new boat is "
                + "faster and quieter, and its ramp is wide enough for prams and wheelchairs, which the old one "
                + "never managed without help from the crew and whoever happened to be standing nearby.",
            "Schoolchildren from the far bank, who make up most of the morning passengers, were given a last "
                + "ride of their own on Friday. Their teachers had them write down what they would miss, and the "
                + "list, pinned up in the ticket hut, runs to four pages in careful handwriting.",
            "The skipper will move to the new boat. He said he would keep the old brass bell, if the council "
                + "allowed it, and hang it by the ticket hut so that the crossing still sounded the same when the "
                + "first boat of the day pulled away from the quay in the dark of a winter morning.",
        };
        for (int round = 0; round < 3; round++) {
            for (String s : more) {
                p.add(s);
            }
        }
        p.add("The first crossing of the new ferry is planned for the first Saturday of June.");
        return p;
    }
}
