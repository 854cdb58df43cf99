package dev.mailclip.forward;

import dev.mailclip.article.ForwardLayer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header block of one forwarded message as parsed from its lines.
 *
 * @param values    raw values by field (OTHER never kept)
 * @param languages the languages the labels and separator were written in, most likely first
 * @param end       index of the block's last line
 */
record HeaderBlock(Map<HeaderField, String> values, List<Language> languages, int end) {
    HeaderBlock {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
        languages = List.copyOf(languages);
    }

    static HeaderBlock empty(int end, List<Language> languages) {
        return new HeaderBlock(Map.of(), languages, end);
    }

    boolean has(HeaderField field) {
        String value = values.get(field);
        return value != null;
    }

    int size() {
        return values.size();
    }

    /** The layer this block describes: addresses tidied, the date as ISO-8601 or null, an empty subject as null. */
    ForwardLayer toLayer() {
        String subject = values.get(HeaderField.SUBJECT);
        subject = subject == null || subject.isBlank() ? null : subject.strip();
        String date = values.get(HeaderField.DATE);
        return new ForwardLayer(
                Addresses.tidy(values.get(HeaderField.FROM)),
                Addresses.tidy(values.get(HeaderField.TO)),
                date == null ? null : ForwardDates.toIso(date, languages),
                subject);
    }
}
