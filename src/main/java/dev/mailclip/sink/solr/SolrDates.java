package dev.mailclip.sink.solr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * A record's date string as a Solr date. Records carry a day ({@code 2024-03-06}), a date-time with
 * offset, or (for a forward that shows only the wall clock) a date-time without one; Solr dates are
 * instants in UTC. A day becomes its UTC midnight, so it files under the same day whatever the
 * server's zone; a wall-clock time is read as UTC for the same reason. The original string is kept
 * beside it, so nothing is lost by the choice.
 */
final class SolrDates {
    private SolrDates() {
    }

    /** @return the instant, or null when the value is absent or not an ISO-8601 date */
    static Date toSolr(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return Date.from(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return Date.from(OffsetDateTime.parse(v).toInstant());
            }
            return Date.from(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Date.from(Instant.parse(v));
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
