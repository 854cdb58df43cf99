package dev.mailclip.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one form of a date-time in a record: RFC 3339 with seconds ({@code 2024-09-28T07:45:00+01:00}),
 * which Solr and YAML read as a timestamp. {@code java.time} writes a time whose seconds are zero without
 * them ({@code 07:45+01:00}); every record's dates pass through {@link #normalise} when it is made. A date
 * alone stays a date; a wall-clock time without an offset keeps its seconds and has no offset.
 */
public final class Dates {
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[Tt ](\\d{2}:\\d{2})(:\\d{2}(?:\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?");

    private static final Pattern OFFSET_AT_END = Pattern.compile("[+-]\\d\\d:?\\d\\d$");

    private Dates() {
    }

    /** The value in RFC 3339 form with seconds when it is an ISO-8601 date-time; else unchanged. */
    public static String normalise(String value) {
        if (value == null || isNormal(value)) {
            return value;
        }
        Matcher m = DATE_TIME.matcher(value);
        if (!m.matches()) {
            return value;
        }
        String offset = m.group(4) == null ? "" : m.group(4).equalsIgnoreCase("z") ? "Z" : m.group(4);
        return m.group(1) + "T" + m.group(2) + (m.group(3) == null ? ":00" : m.group(3)) + offset;
    }

    /**
     * Already in the form {@link #normalise} gives, without a fraction of a second: {@code
     * yyyy-mm-ddThh:mm:ss}, then nothing, {@code Z} or {@code ±hh:mm}. Every sighting of an article passes
     * its date through here each time the article is merged again, so the regex is spared for these.
     */
    private static boolean isNormal(String v) {
        int n = v.length();
        if (n != 19 && n != 20 && n != 25 || !digits(v, "dddd-dd-ddTdd:dd:dd")) {
            return false;
        }
        return n == 19 || n == 20 && v.charAt(19) == 'Z'
                || (v.charAt(19) == '+' || v.charAt(19) == '-') && digits(v.substring(20), "dd:dd");
    }

    /** Whether {@code v} starts with {@code shape}, each 'd' of it a digit and every other character itself. */
    private static boolean digits(String v, String shape) {
        if (v.length() < shape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = v.charAt(i);
            if (shape.charAt(i) == 'd' ? c < '0' || c > '9' : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record's date as an instant, for hosts whose dates are instants in UTC (Solr, Tika's
     * {@code dcterms:created}). A day becomes its UTC midnight, so it files under the same day whatever
     * the server's zone, and a wall-clock time without an offset is read as UTC for the same reason;
     * the record keeps its own string beside it, so nothing is lost by the choice.
     *
     * @return the instant, or null when the value is absent or not an ISO-8601 date
     */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (v.endsWith("Z") || v.endsWith("z") || OFFSET_AT_END.matcher(v).find()) {
                return OffsetDateTime.parse(v).toInstant();
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v);
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
