package dev.mailclip.tika;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A record's date as Tika's own parsers write {@code dcterms:created}: an instant in UTC with
 * seconds ({@code 2024-03-06T10:00:00Z}). A day ({@code 2024-03-06}) becomes its UTC midnight and a
 * wall-clock time without an offset is read as UTC, as the Solr sink does; the record's own string
 * stays under {@code mailclip:date}, so nothing is lost by the choice.
 */
final class TikaDates {
    private TikaDates() {
    }

    /** @return the UTC form, or null when the value is absent or not an ISO-8601 date */
    static String utc(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Instant at;
        try {
            if (v.length() == 10) {
                at = LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            } else if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                at = OffsetDateTime.parse(v).toInstant();
            } else {
                at = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            try {
                at = Instant.parse(v);
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
