package dev.mailclip.forward;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the first forward in a run of lines: a separator line ("---------- Forwarded message ---------",
 * "-----Original Message-----", Outlook's line of underscores, "Begin forwarded message:") followed by
 * a header block, or a header block standing alone (Outlook desktop). Shared by the text and the HTML
 * paths: the HTML path renders its DOM to lines first.
 *
 * <p>Work is linear: each line is classified in time bounded by {@link #MAX_LINE}, and a header block
 * is never read further than {@link HeaderBlockParser#MAX_LINES} lines.
 */
final class ForwardScanner {
    /** Separator and header lines are short; longer lines are body text and are not examined. */
    static final int MAX_LINE = 1000;
    static final int MAX_SEPARATOR = 120;
    private static final int MAX_BLANKS_AFTER_SEPARATOR = 3;

    /**
     * A forward found in the lines.
     *
     * @param start  first line of the separator (or of an attribution line just above it)
     * @param header the header block; {@code header.end()} is the last line before the forwarded body
     */
    record Marker(int start, HeaderBlock header) {
        int end() {
            return header.end();
        }
    }

    private enum Kind { PHRASE, DASHED_PHRASE, RULE, OTHER }

    private record Separator(Kind kind, Language language) {
        static final Separator NONE = new Separator(Kind.OTHER, null);
    }

    private ForwardScanner() {
    }

    /** The first forward at or after line {@code from}, or null. */
    static Marker findFirst(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text().strip();
            if (text.isEmpty() || text.length() > MAX_LINE) {
                continue;
            }
            Marker marker = markerAt(lines, i, text, from);
            if (marker != null) {
                return marker;
            }
        }
        return null;
    }

    private static Marker markerAt(List<Line> lines, int i, String text, int from) {
        HeaderBlock onSeparatorLine = headerOnSeparatorLine(text, i);
        if (onSeparatorLine != null) {
            return new Marker(attributionAbove(lines, i, from), onSeparatorLine);
        }
        Separator separator = classify(text);
        if (separator.kind() != Kind.OTHER) {
            int headerStart = skipBlanks(lines, i + 1);
            HeaderBlock header = headerStart < lines.size()
                    ? headerBelowSeparator(lines, headerStart, separator.language()) : null;
            boolean hasHeader = header != null && header.has(HeaderField.FROM) && header.size() >= 2;
            if (hasHeader) {
                return new Marker(attributionAbove(lines, i, from), header);
            }
            if (separator.kind() == Kind.DASHED_PHRASE) {
                // "---------- Forwarded message ---------" is unmistakable even when the block is mangled
                return new Marker(attributionAbove(lines, i, from),
                        HeaderBlock.empty(i, separator.language() == null ? List.of() : List.of(separator.language())));
            }
            return null;
        }
        HeaderBlockParser.Labelled labelled = HeaderBlockParser.labelled(text);
        if (labelled == null || labelled.meaning().field() == HeaderField.OTHER) {
            return null;
        }
        boolean paragraphStart = i == from || lines.get(i - 1).isBlank() || line(lines, i).hinted();
        if (!paragraphStart) {
            return null;
        }
        HeaderBlock header = HeaderBlockParser.parse(lines, i, null);
        if (header != null && standsAlone(header, line(lines, i).hinted())) {
            return new Marker(attributionAbove(lines, i, from), header);
        }
        return null;
    }

    /**
     * The block under a separator: one field a line, Yahoo's fields run together on one line, or Yandex's one line
     * of date and sender ("06.03.2024, 21:14, "Сергей Петров" &lt;sergey@example.com&gt;:").
     */
    private static HeaderBlock headerBelowSeparator(List<Line> lines, int start, Language language) {
        HeaderBlock runTogether = RunTogetherHeader.read(lines.get(start).text(), language, start);
        if (runTogether != null) {
            return runTogether;
        }
        HeaderBlock block = HeaderBlockParser.parse(lines, start, language);
        if (block != null && block.has(HeaderField.FROM)) {
            return block;
        }
        AttributionLine.Dated dated = AttributionLine.readWithoutVerb(lines.get(start).text());
        if (dated == null) {
            return block;
        }
        Map<HeaderField, String> values = new EnumMap<>(HeaderField.class);
        values.put(HeaderField.FROM, dated.from());
        values.put(HeaderField.DATE, dated.dateAsWritten());
        return new HeaderBlock(values, language == null ? List.of() : List.of(language), start); // its last line
    }

    /**
     * Yahoo's text forward may put the whole header on the separator's own line:
     * "----- Forwarded Message ----- From: …To: …Sent: …Subject: …". The phrase between the two
     * runs of dashes must be a known separator; its language splits the fields.
     */
    private static HeaderBlock headerOnSeparatorLine(String text, int line) {
        int start = 0;
        while (start < text.length() && isDecoration(text.charAt(start))) {
            start++;
        }
        if (countDecoration(text, 0, start) < 2) {
            return null;
        }
        int reach = Math.min(text.length() - 1, start + MAX_SEPARATOR);
        int end = start;
        while (end < reach && !(isRuleChar(text.charAt(end)) && isRuleChar(text.charAt(end + 1)))) {
            end++;
        }
        if (end >= reach) {
            return null;
        }
        Language language = ForwardVocabulary.separator(text.substring(start, end).strip());
        if (language == null) {
            return null;
        }
        int fields = end;
        while (fields < text.length() && isDecoration(text.charAt(fields))) {
            fields++;
        }
        return RunTogetherHeader.read(text.substring(fields), language, line);
    }

    /**
     * A header block without a separator must look like one: From, a date with digits in it, and a
     * To or Subject; inside forward markup, From and one other field are enough.
     */
    private static boolean standsAlone(HeaderBlock header, boolean hinted) {
        if (!header.has(HeaderField.FROM)) {
            return false;
        }
        if (hinted) {
            return header.size() >= 2;
        }
        String date = header.values().get(HeaderField.DATE);
        return date != null && date.chars().anyMatch(Character::isDigit)
                && (header.has(HeaderField.TO) || header.has(HeaderField.SUBJECT));
    }

    private static Line line(List<Line> lines, int i) {
        return lines.get(i);
    }

    private static int skipBlanks(List<Line> lines, int i) {
        int limit = Math.min(lines.size(), i + MAX_BLANKS_AFTER_SEPARATOR);
        while (i < limit && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** The line of an "On …, … wrote:" attribution just above line i (blank lines between allowed), else i. */
    private static int attributionAbove(List<Line> lines, int i, int from) {
        int k = i - 1;
        while (k >= from && k >= i - 1 - MAX_BLANKS_AFTER_SEPARATOR && lines.get(k).isBlank()) {
            k--;
        }
        if (k >= from) {
            String text = lines.get(k).text().strip();
            if (text.length() <= MAX_LINE && ForwardVocabulary.attribution(text) != null) {
                return k;
            }
        }
        return i;
    }

    /**
     * Sorts a line into a separator kind. Dashes, underscores, equals signs or asterisks around a
     * known phrase make a DASHED_PHRASE; around nothing (or an unknown phrase) a RULE, which counts
     * only when a header block follows; a known phrase alone on its line ("Begin forwarded message:")
     * a PHRASE, which also needs the header block.
     */
    private static Separator classify(String text) {
        if (text.length() > MAX_SEPARATOR) {
            return Separator.NONE;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isDecoration(text.charAt(start))) {
            start++;
        }
        while (end > start && (isDecoration(text.charAt(end - 1)) || text.charAt(end - 1) == ':'
                || text.charAt(end - 1) == '\uFF1A')) {
            end--;
        }
        int leading = countDecoration(text, 0, start);
        int trailing = countDecoration(text, end, text.length());
        String phrase = text.substring(start, end).strip();
        if (phrase.isEmpty()) {
            return leading >= 3 ? new Separator(Kind.RULE, null) : Separator.NONE;
        }
        Language language = ForwardVocabulary.separator(phrase);
        if (leading >= 2 || trailing >= 2) {
            return language != null ? new Separator(Kind.DASHED_PHRASE, language) : new Separator(Kind.RULE, null);
        }
        if (language != null && leading == 0) {
            return new Separator(Kind.PHRASE, language);
        }
        return Separator.NONE;
    }

    private static int countDecoration(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isRuleChar(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A decoration character other than a space: two in a row end a separator phrase (and draw a rule, for {@link ForwardGate}). */
    static boolean isRuleChar(char c) {
        return c != ' ' && c != '\t' && isDecoration(c);
    }

    private static boolean isDecoration(char c) {
        return c == '-' || c == '_' || c == '=' || c == '*' || c == '\u2013' || c == '\u2014' || c == '\u2015'
                || c == '\u2500' || c == ' ' || c == '\t';
    }
}
