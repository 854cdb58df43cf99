package dev.mailclip.tika;

import dev.mailclip.article.Dates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A record's date as Tika's own parsers write {@code dcterms:created}: an instant in UTC with
 * seconds ({@code 2024-03-06T10:00:00Z}), read by {@link Dates#instant} as the Solr sink reads it; the
 * record's own string stays under {@code mailclip:date}, so nothing is lost by the choice.
 */
final class TikaDates {
    private TikaDates() {
    }

    /** @return the UTC form, or null when the value is absent or not an ISO-8601 date */
    static String utc(String value) {
        Instant at = Dates.instant(value);
        return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
