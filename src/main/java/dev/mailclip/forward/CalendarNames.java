package dev.mailclip.forward;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Month and weekday names of one language, taken from java.time (CLDR) in every form a client
 * prints: full and abbreviated, formatted (Russian "марта", Polish "marca") and stand-alone.
 */
final class CalendarNames {
    private static final Map<Language, CalendarNames> CACHE = new ConcurrentHashMap<>();
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.SHORT,
            TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE};
    /** A shorter abbreviation than this ("ma") matches too many words to be a month. */
    private static final int MIN_PREFIX = 3;

    private final Map<String, Integer> months = new HashMap<>();
    private final List<Map.Entry<String, Integer>> fullMonths = new ArrayList<>();
    private final Set<String> weekdays = new HashSet<>();

    private CalendarNames(Language language) {
        for (Month month : Month.values()) {
            for (TextStyle style : STYLES) {
                String key = key(month.getDisplayName(style, language.locale()));
                if (!key.isEmpty() && !Character.isDigit(key.charAt(0))) {
                    months.putIfAbsent(key, month.getValue());
                    if (style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE) {
                        fullMonths.add(Map.entry(key, month.getValue()));
                    }
                }
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TextStyle style : STYLES) {
                weekdays.add(key(day.getDisplayName(style, language.locale())));
            }
        }
    }

    static CalendarNames of(Language language) {
        return CACHE.computeIfAbsent(language, CalendarNames::new);
    }

    /** The month (1–12) a word names, exactly or as an unambiguous abbreviation of a full name; else 0. */
    int month(String word) {
        String key = key(word);
        Integer exact = months.get(key);
        if (exact != null) {
            return exact;
        }
        if (key.length() < MIN_PREFIX) {
            return 0;
        }
        int found = 0;
        for (Map.Entry<String, Integer> full : fullMonths) {
            if (full.getKey().startsWith(key)) {
                if (found != 0 && found != full.getValue()) {
                    return 0;
                }
                found = full.getValue();
            }
        }
        return found;
    }

    boolean isWeekday(String word) {
        return weekdays.contains(key(word));
    }

    private static String key(String word) {
        String key = Keys.of(word);
        int end = key.length();
        while (end > 0 && (key.charAt(end - 1) == '.' || key.charAt(end - 1) == ',')) {
            end--;
        }
        return key.substring(0, end);
    }
}
