package dev.mailclip.mail;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RFC 5322 Date headers as written by real clients, keeping the sender's offset: optional
 * weekday, one- or two-digit day, two-digit years, seconds optional, "(UTC)"-style comments,
 * obsolete zone names (GMT, EST...).
 */
final class MailDates {
    private static final Pattern COMMENT = Pattern.compile("\\([^()]{0,100}\\)");
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\s+([+-]\\d{4}|[A-Za-z]{1,5}))?");
    private static final Map<String, Integer> ZONES = Map.of(
            "UT", 0, "UTC", 0, "GMT", 0, "Z", 0,
            "EST", -5 * 60, "EDT", -4 * 60, "CST", -6 * 60, "CDT", -5 * 60,
            "MST", -7 * 60, "MDT", -6 * 60);
    private static final Map<String, Integer> PACIFIC = Map.of("PST", -8 * 60, "PDT", -7 * 60);
    /** The English months' abbreviations, three letters each, in order. */
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private MailDates() {
    }

    /** @return the date with its stated offset, or null when it cannot be read */
    public static OffsetDateTime parse(String header) {
        if (header == null) {
            return null;
        }
        String s = COMMENT.matcher(header.length() > 200 ? header.substring(0, 200) : header).replaceAll(" ").trim();
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        try {
            int day = Integer.parseInt(m.group(1));
            int month = month(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += year < 50 ? 2000 : 1900;
            } else if (m.group(3).length() == 3) {
                year += 1900;
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59));
            return local.atOffset(offset(m.group(7)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The month of an English name's first three letters, any case; an exception when it names none. */
    private static int month(String name) {
        int at = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        if (at < 0 || at % 3 != 0) {
            throw new DateTimeException("no month: " + name);
        }
        return at / 3 + 1;
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            int sign = zone.startsWith("-") ? -1 : 1;
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }
        String z = zone.toUpperCase(Locale.ROOT);
        Integer minutes = ZONES.containsKey(z) ? ZONES.get(z) : PACIFIC.get(z);
        return ZoneOffset.ofTotalSeconds(minutes == null ? 0 : minutes * 60);
    }
}
