package dev.mailclip.forward;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the date a forward header shows into ISO-8601: with its offset when the header states one
 * (Thunderbird "Thu, 29 Feb 2024 10:49:13 +0100", Apple "February 29, 2024 at 10:49:13 AM GMT"),
 * as local wall-clock time when it does not (Outlook "Friday, June 20, 2025 9:41 AM", Gmail
 * "Wed, Mar 6, 2024 at 10:15 AM"). Month names are read in the languages of the header's labels
 * first, because the same word is a different month (or a weekday) in another language. Returns
 * null rather than guess: no year, an all-numeric English date whose day and month could swap,
 * an impossible date.
 */
final class ForwardDates {
    private static final int MAX_LENGTH = 200;
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final Pattern PREFIXED_OFFSET =
            Pattern.compile("\\b(?:gmt|utc)\\s?([+-])(\\d{1,2})(?::?(\\d{2}))?(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_OFFSET = Pattern.compile("(?<=[\\s(])([+-])(\\d{2}):?(\\d{2})(?!\\d)");
    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}])([A-Z]{2,4})(?![\\p{L}])");
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d)");
    private static final Pattern DOTTED_CLOCK = Pattern.compile("(?<![\\d.])(\\d{1,2})[.h](\\d{2})(?![\\d.])");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<!\\d)(\\d{4})\\s?[-/.年년]\\s?(\\d{1,2})\\s?[-/.月월]\\s?(\\d{1,2})(?!\\d)");
    /** "07.03.2024", "3/7/24", and Czech and Slovak clients' spaced "7. 3. 2024" */
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})(?:[./-]|\\. )(\\d{1,2})(?:[./-]|\\. )(\\d{2}|\\d{4})(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]{0,30}\\.?");
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)\\d{1,4}(?!\\d)");
    private static final Pattern AFTER_TIME_AM = Pattern.compile("^\\s{0,3}(?:a\\.?\\s?m\\.?|ص)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_TIME_PM = Pattern.compile("^\\s{0,3}(?:p\\.?\\s?m\\.?|م)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);

    private ForwardDates() {
    }

    /** The date as ISO-8601, or null when it cannot be read without guessing. */
    static String toIso(String raw, List<Language> languages) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_LENGTH) {
            return null;
        }
        String s = normalise(raw);
        String iso = isoAsWritten(s);
        if (iso != null) {
            return iso;
        }
        StringBuilder rest = new StringBuilder(s);
        ZoneOffset offset = takeOffset(rest);
        LocalTime time = takeTime(rest);
        LocalDate date = takeDate(rest.toString(), candidates(languages));
        if (date == null) {
            return null;
        }
        if (time == null) {
            return date.toString();
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        return offset == null ? local.format(WALL_CLOCK) : OffsetDateTime.of(local, offset).format(WITH_OFFSET);
    }

    private static String normalise(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out.append((char) ('0' + c - '\u06F0'));
            } else if (c == '\u2212' || c == '\u2013') {
                out.append('-');
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Dates already in ISO-8601 or RFC 5322 form. */
    private static String isoAsWritten(String s) {
        try {
            return OffsetDateTime.parse(s).format(WITH_OFFSET);
        } catch (DateTimeParseException ignored) {
            // not ISO with offset
        }
        try {
            return LocalDateTime.parse(s).format(WALL_CLOCK);
        } catch (DateTimeParseException ignored) {
            // not ISO local
        }
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).format(WITH_OFFSET);
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private static ZoneOffset takeOffset(StringBuilder s) {
        Matcher prefixed = PREFIXED_OFFSET.matcher(s);
        if (prefixed.find()) {
            ZoneOffset offset = offset(prefixed.group(1), prefixed.group(2), prefixed.group(3));
            blank(s, prefixed.start(), prefixed.end());
            return offset;
        }
        Matcher bare = BARE_OFFSET.matcher(s);
        if (bare.find()) {
            ZoneOffset offset = offset(bare.group(1), bare.group(2), bare.group(3));
            blank(s, bare.start(), bare.end());
            return offset;
        }
        Matcher abbreviation = ABBREVIATION.matcher(s);
        while (abbreviation.find()) {
            ZoneOffset offset = ZoneAbbreviations.offset(abbreviation.group(1));
            if (offset != null) {
                blank(s, abbreviation.start(), abbreviation.end());
                return offset;
            }
        }
        return null;
    }

    private static ZoneOffset offset(String sign, String hours, String minutes) {
        try {
            int h = Integer.parseInt(hours);
            int m = minutes == null ? 0 : Integer.parseInt(minutes);
            return "-".equals(sign) ? ZoneOffset.ofHoursMinutes(-h, -m) : ZoneOffset.ofHoursMinutes(h, m);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalTime takeTime(StringBuilder s) {
        Matcher clock = CLOCK.matcher(s);
        if (!clock.find()) {
            clock = DOTTED_CLOCK.matcher(s);
            if (!clock.find()) {
                return null;
            }
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = Integer.parseInt(clock.group(2));
        int second = clock.groupCount() >= 3 && clock.group(3) != null ? Integer.parseInt(clock.group(3)) : 0;
        String after = s.substring(clock.end(), Math.min(s.length(), clock.end() + 12));
        String before = s.substring(Math.max(0, clock.start() - 6), clock.start());
        boolean pm = AFTER_TIME_PM.matcher(after).find() || before.contains("午後") || before.contains("下午")
                || before.contains("오후") || before.contains("晚上");
        boolean am = !pm && (AFTER_TIME_AM.matcher(after).find() || before.contains("午前")
                || before.contains("上午") || before.contains("오전") || before.contains("早上"));
        if ((pm || am) && (hour < 1 || hour > 12)) {
            return null;
        }
        if (pm && hour < 12) {
            hour += 12;
        } else if (am && hour == 12) {
            hour = 0;
        }
        blank(s, clock.start(), clock.end());
        try {
            return LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate takeDate(String s, List<Language> languages) {
        Matcher yearFirst = YEAR_FIRST.matcher(s);
        if (yearFirst.find()) {
            return date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.find()) {
            return numericDate(numeric, languages.get(0));
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(s);
        while (word.find()) {
            words.add(word.group());
        }
        List<CalendarNames> calendars = languages.stream().map(CalendarNames::of).toList();
        int month = 0;
        for (CalendarNames names : calendars) {
            month = month(words, names, calendars);
            if (month != 0) {
                break;
            }
        }
        if (month == 0) {
            return null;
        }
        return dayAndYear(s, month);
    }

    /**
     * The month among the words; a word that is also a weekday in any of the header's languages ("mar" in Spanish)
     * loses to one that is not: Gmail's Spanish forward "mar, 14 may 2024" has English labels, and "mar" is March
     * in English but Tuesday in Spanish.
     */
    private static int month(List<String> words, CalendarNames names, List<CalendarNames> all) {
        int plain = 0;
        int alsoWeekday = 0;
        for (String word : words) {
            int month = names.month(word);
            if (month == 0) {
                continue;
            }
            if (all.stream().anyMatch(n -> n.isWeekday(word))) {
                alsoWeekday = month;
            } else if (plain == 0) {
                plain = month;
            }
        }
        return plain != 0 ? plain : alsoWeekday;
    }

    private static LocalDate dayAndYear(String s, int month) {
        Matcher number = NUMBER.matcher(s);
        String year = null;
        List<String> small = new ArrayList<>();
        while (number.find()) {
            String n = number.group();
            if (n.length() == 4 && year == null) {
                year = n;
            } else if (n.length() <= 2) {
                small.add(n);
            }
        }
        if (small.isEmpty()) {
            return null;
        }
        if (year == null) {
            if (small.size() < 2) {
                return null; // no year shown: do not guess one
            }
            year = "20" + small.get(1);
        }
        return date(year, String.valueOf(month), small.get(0));
    }

    private static LocalDate numericDate(Matcher m, Language language) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
        if (a > 12) {
            return date(year, String.valueOf(b), String.valueOf(a));
        }
        if (b > 12) {
            return date(year, String.valueOf(a), String.valueOf(b));
        }
        if (language.monthFirst()) {
            return null; // 3/6/2024 from an English client: US or UK order cannot be told apart
        }
        // every language in the table but English writes numeric dates day first
        return date(year, String.valueOf(b), String.valueOf(a));
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1970 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The header's languages, then English (many clients keep English dates), then every other language. */
    private static List<Language> candidates(List<Language> languages) {
        Set<Language> ordered = new LinkedHashSet<>(languages);
        ordered.add(ForwardVocabulary.ENGLISH);
        ordered.addAll(ForwardVocabulary.LANGUAGES);
        return List.copyOf(ordered);
    }

    private static void blank(StringBuilder s, int start, int end) {
        for (int i = start; i < end; i++) {
            s.setCharAt(i, ' ');
        }
    }
}
