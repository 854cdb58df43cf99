package dev.mailclip.forward;

import java.util.ArrayList;
import java.util.List;

/**
 * Yahoo Mail's text forward writes its header block on one line with the fields run together:
 * "From: Jane Doe &lt;jane@example.com&gt;To: Bob &lt;bob@example.org&gt;Sent: Monday, October 28, 2021,
 * 12:46:03 PM GMTSubject: The title". The line is split where a label of the separator's language
 * ends at a colon, even when the previous value runs straight into it ("GMTSubject:").
 *
 * <p>Linear: each colon is tried against the language's labels, a bounded number of short compares.
 */
final class RunTogetherHeader {
    /** More fields than a forward header has: a line with more labels is something else. */
    private static final int MAX_FIELDS = 12;

    private RunTogetherHeader() {
    }

    /**
     * The header block written run together in {@code fields}, or null when it does not open with a
     * From label and hold at least one other field.
     *
     * @param language the separator's language, whose labels split the line; null reads nothing
     * @param line     index of the line the fields are on, which ends the block
     */
    static HeaderBlock read(String fields, Language language, int line) {
        if (language == null) {
            return null;
        }
        List<Line> split = split(fields.strip(), language);
        if (split == null) {
            return null;
        }
        HeaderBlock block = HeaderBlockParser.parse(split, 0, language);
        if (block == null || !block.has(HeaderField.FROM) || block.size() < 2) {
            return null;
        }
        return new HeaderBlock(block.values(), block.languages(), line);
    }

    /** One "Label: value" line per field, or null unless a label opens the text and another follows. */
    private static List<Line> split(String s, Language language) {
        List<Integer> starts = new ArrayList<>();
        int valueStart = 0;
        for (int colon = 0; colon < s.length() && starts.size() < MAX_FIELDS; colon++) {
            char c = s.charAt(colon);
            if (c != ':' && c != '\uFF1A') {
                continue;
            }
            // French puts a space before the colon ("De :")
            int end = colon > 0 && s.charAt(colon - 1) == ' ' ? colon - 1 : colon;
            String label = labelEndingAt(s, end, valueStart, language);
            if (label == null) {
                continue;
            }
            int start = end - label.length();
            if (starts.isEmpty() && (start != 0 || language.labels().get(label) != HeaderField.FROM)) {
                return null;
            }
            starts.add(start);
            valueStart = colon + 1;
            if (language.labels().get(label) == HeaderField.SUBJECT) {
                break; // the subject comes last and runs to the end of the line, colons and all
            }
        }
        if (starts.size() < 2) {
            return null;
        }
        List<Line> lines = new ArrayList<>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : s.length();
            lines.add(Line.plain(s.substring(starts.get(k), to).strip()));
        }
        return lines;
    }

    /**
     * The longest label of the language that ends at {@code end} without reaching back before
     * {@code from}, and starts with a capital (or uncased) letter: "GMTSubject" ends in "Subject",
     * while "nota" does not end in the Italian "A".
     */
    private static String labelEndingAt(String s, int end, int from, Language language) {
        String best = null;
        for (String label : language.labels().keySet()) {
            int start = end - label.length();
            if (start < from || (best != null && label.length() <= best.length())) {
                continue;
            }
            if (s.regionMatches(true, start, label, 0, label.length()) && !Character.isLowerCase(s.charAt(start))) {
                best = label;
            }
        }
        return best;
    }
}
