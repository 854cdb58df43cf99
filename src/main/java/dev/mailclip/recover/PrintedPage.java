package dev.mailclip.recover;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web page printed to PDF from a browser and attached to a message: its title and address from the
 * header and footer the browser prints on every page, its body the text without them.
 * <p>
 * Chrome and Edge print the date and time left and the page's title centred at the top, the URL left and
 * "1/3" right at the bottom; Firefox the title left and the URL right at the top, "1 of 3" and the date
 * at the bottom (or as its settings say); Safari the title and URL likewise. Each piece is known by its
 * shape (a page counter, a URL, a date), the title is what is left of the header. A line the text
 * stripper gives whole is cut at its leading date, its trailing counter and a URL at either end.
 * <p>
 * The print date is when the page was printed, never when the article was published: it is read only to
 * be left out. A page without header or footer gives no title and no URL, only its text. Evidence:
 * {@code page:print:title}, {@code page:print:url}. Reading is bounded ({@link #MAX_PAGES} pages, the
 * caller's character limit); an encrypted or broken PDF gives nothing, never an exception.
 */
final class PrintedPage {
    /** how far from its end PDFBox looks for a PDF's cross-reference pointer (its default EOF lookup range) */
    private static final int TAIL_BYTES = 2048;
    private static final byte[] STARTXREF = "startxref".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final int MAX_PAGES = 200;
    /** a header or footer line is short; longer lines are body text and never parsed as one */
    private static final int MAX_PRINT_LINE = 400;
    /** a header sits in the top tenth of the page, a footer in the bottom tenth */
    private static final float BAND = 0.12f;

    /** "1/3", "1 of 3", "Page 1 of 3", "1 von 3" */
    private static final String COUNTER_RE = "(?:[Pp]age\\s{1,3})?\\d{1,4}\\s{0,3}(?:/|of|von|sur|de|di|van|av)\\s{0,3}\\d{1,4}";
    /** "12/1/26, 10:42 AM", "01.12.2026, 10:42:05", "2026-12-01 10:42" */
    private static final String DATE_RE = "\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\.?"
            + "(?:,?\\s{1,3}\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s{0,2}[AaPp]\\.?\\s?[Mm]\\.?)?)?";
    private static final String URL_RE = "(?i:https?|file)://\\S{1,2000}";
    private static final Pattern COUNTER = Pattern.compile(COUNTER_RE);
    private static final Pattern NUMERIC_DATE = Pattern.compile(DATE_RE);
    private static final Pattern URL = Pattern.compile(URL_RE);
    /** each at the start of a piece, then at its end: where a piece given whole is cut */
    private static final List<Pattern> LEADING = List.of(Pattern.compile(DATE_RE + "\\s"),
            Pattern.compile(COUNTER_RE + "\\s"), Pattern.compile(URL_RE + "\\s"));
    private static final List<Pattern> TRAILING = List.of(Pattern.compile("\\s" + COUNTER_RE + "$"),
            Pattern.compile("\\s" + DATE_RE + "$"), Pattern.compile("\\s" + URL_RE + "$"));
    /** a paragraph's end: a page that stops short of one goes on on the next */
    private static final String ENDS_SENTENCE = ".!?:;…\"'”’)]";

    private PrintedPage() {
    }

    /**
     * What a printed page gives.
     *
     * @param title   the title in the header (or footer), or null
     * @param url     the page's address, cleaned, or null (a URL the browser cut short is none)
     * @param printed the print date as the browser wrote it, or null; never the publication date
     * @param body    the text without headers and footers, a blank line between paragraphs
     */
    public record Page(String title, String url, String printed, String body) {
    }

    /**
     * One line of a page: its pieces as the browser placed them apart, where it stands, whether the text
     * stripper saw a paragraph start there, and its font size (a heading is set apart by its size).
     */
    record Line(List<String> segments, float y, float pageHeight, boolean paragraphStart, float size) {
        String text() {
            return String.join(" ", segments);
        }
    }

    /** The page in a PDF's bytes; null when the PDF is encrypted, broken or holds no text. */
    public static Page read(byte[] pdf, int maxTextChars) {
        if (pdf == null || !pointsToItsCrossReferences(pdf)) {
            return null;
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.isEncrypted()) {
                return null;
            }
            Stripper stripper = new Stripper(maxTextChars);
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            stripper.writeText(doc, Writer.nullWriter());
            Page page = fromLines(stripper.pages);
            if (page.body().isBlank()) {
                return null;
            }
            String body = page.body().length() > maxTextChars ? page.body().substring(0, maxTextChars) : page.body();
            return new Page(page.title(), page.url(), page.printed(), body);
        } catch (IOException | RuntimeException e) {
            // a broken, truncated or hostile PDF is no article, and no error of the user's
            return null;
        }
    }

    /**
     * Whether the PDF ends as every browser's print does: with the pointer to its cross-reference table
     * ({@code startxref}) within the last bytes where PDFBox looks for it. Without one, PDFBox rebuilds the table by
     * scanning every byte for objects: a cut-short file, or bytes that only begin as a PDF (an attachment named
     * .pdf, a hostile one), cost a scan of up to a message's size and were never a browser's print.
     */
    static boolean pointsToItsCrossReferences(byte[] pdf) {
        for (int i = pdf.length - STARTXREF.length; i >= Math.max(0, pdf.length - TAIL_BYTES); i--) {
            if (java.util.Arrays.equals(pdf, i, i + STARTXREF.length, STARTXREF, 0, STARTXREF.length)) {
                return true;
            }
        }
        return false;
    }

    /** The page from its lines, page by page: header and footer read, the rest made paragraphs. */
    static Page fromLines(List<List<Line>> pages) {
        String title = null;
        String url = null;
        String printed = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        float size = 0;
        for (List<Line> lines : pages) {
            int first = 0;
            int last = lines.size();
            if (last > 0) {
                Pieces head = printLine(lines.get(0), true);
                if (head != null) {
                    first = 1;
                    title = title == null ? head.text : title;
                    url = url == null ? head.url : url;
                    printed = printed == null ? head.date : printed;
                }
            }
            if (last > first) {
                Pieces foot = printLine(lines.get(last - 1), false);
                if (foot != null) {
                    last--;
                    title = title == null ? foot.text : title;
                    url = url == null ? foot.url : url;
                    printed = printed == null ? foot.date : printed;
                }
            }
            for (int i = first; i < last; i++) {
                Line line = lines.get(i);
                String text = line.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                boolean pageTurn = i == first;
                boolean resized = Math.abs(line.size() - size) > Math.max(line.size(), size) * 0.15f;
                size = line.size();
                boolean newParagraph = resized || (pageTurn ? endsSentence(paragraph) : line.paragraphStart());
                if (newParagraph && paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
                if (paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) != '-') {
                    paragraph.append(' ');
                }
                paragraph.append(text);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return new Page(title, url, printed, String.join("\n\n", paragraphs));
    }

    private static boolean endsSentence(CharSequence text) {
        return text.length() > 0 && ENDS_SENTENCE.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** What a header or footer line holds. */
    private static final class Pieces {
        String text;
        String url;
        String date;
        boolean marked;
    }

    /**
     * The line read as a browser's header or footer, or null when it is none: it must stand in the band at
     * the page's top (or bottom) and hold a page counter, a URL or a date, with at most one piece of text.
     */
    private static Pieces printLine(Line line, boolean top) {
        float y = line.y() / Math.max(line.pageHeight(), 1f);
        if (top ? y > BAND : y < 1 - BAND) {
            return null;
        }
        String whole = line.text();
        if (whole.length() > MAX_PRINT_LINE) {
            return null;
        }
        Pieces p = new Pieces();
        List<String> texts = new ArrayList<>();
        for (String segment : line.segments()) {
            split(segment.strip(), p, texts);
        }
        if (!p.marked || texts.size() > 1) {
            return null;
        }
        p.text = texts.isEmpty() ? null : texts.get(0);
        return p;
    }

    /** Sorts one piece of a print line: a counter, a URL, a date, or text (after cutting those from its ends). */
    private static void split(String s, Pieces p, List<String> texts) {
        if (s.isEmpty()) {
            return;
        }
        if (COUNTER.matcher(s).matches()) {
            p.marked = true;
            return;
        }
        if (URL.matcher(s).matches()) {
            p.marked = true;
            // Chrome and Firefox cut a long address short with an ellipsis: no URL then
            if (p.url == null && !s.endsWith("...") && s.indexOf('…') < 0) {
                String cleaned = UrlCleaner.clean(s);
                p.url = Hosts.isUrl(cleaned) ? cleaned : null;
            }
            return;
        }
        if (NUMERIC_DATE.matcher(s).matches() || DateReader.readLine(s, null).isPresent()) {
            p.marked = true;
            p.date = p.date == null ? s : p.date;
            return;
        }
        // a piece the stripper gave with others: cut at a date, counter or URL at its start, then at its end
        for (Pattern leading : LEADING) {
            Matcher m = leading.matcher(s);
            if (m.lookingAt()) {
                cut(s, m.end(), p, texts);
                return;
            }
        }
        for (Pattern trailing : TRAILING) {
            Matcher m = trailing.matcher(s);
            if (m.find()) {
                cut(s, m.start(), p, texts);
                return;
            }
        }
        texts.add(s);
    }

    private static void cut(String s, int at, Pieces p, List<String> texts) {
        split(s.substring(0, at).strip(), p, texts);
        split(s.substring(at).strip(), p, texts);
    }

    /**
     * PDFBox's text stripper, keeping each line's pieces apart where the browser set them apart (a gap of
     * several spaces between words), with the line's place on the page and the stripper's paragraph starts.
     */
    private static final class Stripper extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private final int maxChars;
        private int chars;
        private List<Line> lines;
        private List<String> segments = new ArrayList<>();
        private StringBuilder segment = new StringBuilder();
        private float lastEnd = Float.NaN;
        private float y;
        private float height;
        private float size;
        private boolean paragraphStart;
        private boolean nextParagraph;

        Stripper(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        protected void startPage(PDPage page) {
            lines = new ArrayList<>();
            height = page.getMediaBox().getHeight();
            nextParagraph = true;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (chars > maxChars || positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float start = first.getXDirAdj();
            float space = Math.max(first.getWidthOfSpace(), first.getFontSizeInPt() * 0.25f);
            if (segment.length() > 0) {
                if (start - lastEnd > space * 3) {
                    segments.add(segment.toString());
                    segment = new StringBuilder();
                } else {
                    segment.append(' ');
                }
            }
            if (segments.isEmpty() && segment.length() == 0) {
                y = first.getYDirAdj();
                size = first.getFontSizeInPt();
                paragraphStart = nextParagraph;
                nextParagraph = false;
            }
            segment.append(text);
            chars += text.length() + 1;
            lastEnd = last.getXDirAdj() + last.getWidthDirAdj();
        }

        @Override
        protected void writeWordSeparator() {
            // the gap between words is measured in writeString
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeParagraphStart() {
            endLine();
            nextParagraph = true;
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        @Override
        protected void endPage(PDPage page) {
            endLine();
            pages.add(lines);
        }

        private void endLine() {
            if (segment.length() > 0) {
                segments.add(segment.toString());
            }
            if (!segments.isEmpty() && lines != null) {
                lines.add(new Line(List.copyOf(segments), y, height, paragraphStart, size));
            }
            segments = new ArrayList<>();
            segment = new StringBuilder();
            lastEnd = Float.NaN;
        }
    }
}
