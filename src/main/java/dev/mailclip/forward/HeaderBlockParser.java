package dev.mailclip.forward;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a forward header block ("From: … / Sent: … / To: … / Subject: …") from consecutive lines,
 * in any language of {@link ForwardVocabulary}, joining values hard-wrapped onto the next line.
 */
final class HeaderBlockParser {
    /** A header block longer than this is no header block; also bounds the work per candidate line. */
    static final int MAX_LINES = 40;
    /** Lines at least this long were probably wrapped by the sender's client. */
    private static final int WRAP_COLUMN = 60;
    private static final int SEPARATOR_WEIGHT = 3;

    /** A line split into its label's meaning and its value. */
    record Labelled(ForwardVocabulary.LabelMeaning meaning, String value) {
    }

    private HeaderBlockParser() {
    }

    /**
     * Parses the block whose first label line is {@code lines[start]}.
     *
     * @param separatorLanguage the language of the separator above the block, or null
     * @return the block, or null when {@code lines[start]} is no label line
     */
    static HeaderBlock parse(List<Line> lines, int start, Language separatorLanguage) {
        Map<HeaderField, StringBuilder> values = new EnumMap<>(HeaderField.class);
        Map<Language, Integer> votes = new HashMap<>();
        if (separatorLanguage != null) {
            votes.merge(separatorLanguage, SEPARATOR_WEIGHT, Integer::sum);
        }
        HeaderField last = null;
        int end = start - 1;
        int limit = Math.min(lines.size(), start + MAX_LINES);
        for (int i = start; i < limit; i++) {
            String text = lines.get(i).text();
            if (Line.blank(text)) {
                break;
            }
            Labelled labelled = labelled(text);
            if (labelled != null) {
                HeaderField field = labelled.meaning().field();
                if (field != HeaderField.OTHER && values.containsKey(field)) {
                    break; // a second From: starts another block
                }
                for (Language language : labelled.meaning().languages()) {
                    votes.merge(language, 1, Integer::sum);
                }
                if (field != HeaderField.OTHER) {
                    values.put(field, new StringBuilder(labelled.value()));
                }
                last = field;
            } else if (last != null && hasValue(values, last) && continues(lines, i)) {
                if (last != HeaderField.OTHER) {
                    StringBuilder value = values.get(last);
                    if (value.length() > 0 && value.charAt(value.length() - 1) != ' ') {
                        value.append(' ');
                    }
                    value.append(text.strip());
                }
            } else {
                break;
            }
            end = i;
        }
        if (end < start) {
            return null;
        }
        Map<HeaderField, String> result = new EnumMap<>(HeaderField.class);
        values.forEach((field, value) -> result.put(field, collapse(value.toString())));
        return new HeaderBlock(result, rank(votes), end);
    }

    /** The label and value of a "Label: value" line, or null when the text before the colon is no known label. */
    static Labelled labelled(String text) {
        int reach = Math.min(text.length(), ForwardVocabulary.MAX_LABEL_LENGTH + 6);
        int colon = -1;
        for (int i = 0; i < reach; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return null;
        }
        ForwardVocabulary.LabelMeaning meaning = ForwardVocabulary.label(text.substring(0, colon));
        if (meaning == null) {
            return null;
        }
        String value = text.substring(colon + 1);
        int from = 0;
        while (from < value.length() && (value.charAt(from) == '*' || Character.isWhitespace(value.charAt(from)))) {
            from++;
        }
        return new Labelled(meaning, value.substring(from).strip());
    }

    /**
     * Whether line i continues the previous value: the previous line was wrapped (long, ends in a
     * comma or a format=flowed space) and the block goes on or ends right after this line.
     */
    private static boolean continues(List<Line> lines, int i) {
        String previous = lines.get(i - 1).text();
        boolean wrapped = previous.length() >= WRAP_COLUMN || previous.endsWith(" ")
                || previous.endsWith(",") || previous.endsWith(";");
        if (!wrapped || lines.get(i).text().length() > 200) {
            return false;
        }
        if (i + 1 >= lines.size()) {
            return true;
        }
        String next = lines.get(i + 1).text();
        return Line.blank(next) || labelled(next) != null;
    }

    /** An empty value ("Subject: ") was not wrapped: the line after it is not its continuation. */
    private static boolean hasValue(Map<HeaderField, StringBuilder> values, HeaderField field) {
        return field == HeaderField.OTHER || !values.get(field).isEmpty();
    }

    private static List<Language> rank(Map<Language, Integer> votes) {
        List<Language> ranked = new ArrayList<>(votes.keySet());
        // most votes first; ties keep the table's order, which puts English first
        ranked.sort(Comparator.comparing((Language l) -> -votes.get(l))
                .thenComparing(ForwardVocabulary.LANGUAGES::indexOf));
        return ranked;
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
