package dev.mailclip.forward;

import java.util.List;

/**
 * An attribution line read into its sender and date, in any language of the vocabulary. The verb
 * either ends the line ("On 28/10/2021 12:46, John Doe &lt;john@example.com&gt; wrote:", "Le … à 12:46,
 * John Doe &lt;…&gt; a écrit :") or stands between the date and the sender ("Am 28.10.2021 um 12:46
 * schrieb John Doe &lt;…&gt;:", "Den 28 okt. 2021 kl. 12:46 skrev …:").
 *
 * <p>No regex: a line is at most {@link #MAX_LENGTH} characters, lines without a clock time are
 * turned away in one pass, and each verb is looked up once.
 *
 * @param from     the sender as written, tidied; null when the line names none
 * @param date     ISO-8601, or null when the date is missing or could be read two ways
 * @param language the language of the verb
 */
record AttributionLine(String from, String date, Language language) {
    static final int MAX_LENGTH = 400;

    /** The attribution this line makes, or null when it is none. */
    static AttributionLine read(String line) {
        String s = line.strip();
        if (s.length() > MAX_LENGTH || s.length() < 2) {
            return null;
        }
        char last = s.charAt(s.length() - 1);
        if (last != ':' && last != '\uFF1A') {
            return null;
        }
        s = s.substring(0, s.length() - 1).stripTrailing();
        if (clockEnd(s) < 0) {
            return null; // both shapes need a time; looking for it first spares most lines the verb search
        }
        for (Language language : ForwardVocabulary.LANGUAGES) {
            for (String verb : language.wrote()) {
                AttributionLine read = verbLast(s, verb, language);
                if (read == null) {
                    read = verbBeforeSender(s, verb, language);
                }
                if (read != null) {
                    return read;
                }
            }
        }
        return null;
    }

    /** A sender and the date as written, from a line that names no verb. */
    record Dated(String from, String dateAsWritten) {
    }

    /**
     * "{date}, {time}, {sender} &lt;address&gt;:" with no verb, as Yandex Mail writes the one line under its forward
     * separator: read only where a separator stands above it, and only when the sender has an address. Null otherwise.
     */
    static Dated readWithoutVerb(String line) {
        String s = line.strip();
        if (s.length() > MAX_LENGTH || s.length() < 2 || s.charAt(s.length() - 1) != ':' && s.charAt(s.length() - 1) != '\uFF1A') {
            return null;
        }
        s = s.substring(0, s.length() - 1).stripTrailing();
        int clockEnd = clockEnd(s);
        // a date before the clock, not the clock alone
        if (clockEnd < 0 || s.substring(0, clockStart(s)).chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String sender = withoutFromWord(trimSeparators(s.substring(clockEnd)));
        String from = sender.contains("@") ? Addresses.tidy(sender) : null;
        return from == null || from.length() > 320 ? null : new Dated(from, s.substring(0, clockEnd).strip());
    }

    /** Mail.ru's "… 10:15 +03:00 от Name &lt;addr&gt;:": the word for "from" before the sender goes. */
    private static String withoutFromWord(String sender) {
        for (String word : List.of("от ", "from ", "de ", "von ", "da ", "od ")) {
            if (sender.regionMatches(true, 0, word, 0, word.length())) {
                return sender.substring(word.length()).strip();
            }
        }
        return sender;
    }

    /** "On {date}, {sender} wrote": the date ends with its clock, the sender follows it. */
    private static AttributionLine verbLast(String s, String verb, Language language) {
        int at = s.length() - verb.length();
        if (at <= 0 || !s.regionMatches(true, at, verb, 0, verb.length()) || !wordStartsAt(s, at, verb)) {
            return null;
        }
        String before = s.substring(0, at).strip();
        int clockEnd = clockEnd(before);
        if (clockEnd < 0) {
            return null; // no time: nothing tells the date from the sender
        }
        String sender = trimSeparators(before.substring(clockEnd));
        return of(sender, before.substring(0, clockEnd), language);
    }

    /** "Am {date} schrieb {sender}": the verb, as a word, between a date with digits and a sender. */
    private static AttributionLine verbBeforeSender(String s, String verb, Language language) {
        int at = indexOfWord(s, verb);
        if (at <= 0) {
            return null;
        }
        String date = s.substring(0, at).strip();
        String sender = s.substring(at + verb.length()).strip();
        if (sender.isEmpty() || clockEnd(date) < 0) {
            return null;
        }
        return of(sender, date, language);
    }

    private static AttributionLine of(String sender, String date, Language language) {
        String from = Addresses.tidy(sender);
        if (from == null || from.length() > 320) {
            return null;
        }
        return new AttributionLine(from, ForwardDates.toIso(date, List.of(language)), language);
    }

    /** Where the last clock time ("12:46", "12:46:03", "12:46 PM") of the text ends, or -1. */
    private static int clockEnd(String s) {
        for (int colon = s.length() - 3; colon >= 1; colon--) {
            if (s.charAt(colon) == ':' && isDigit(s, colon - 1) && isDigit(s, colon + 1) && isDigit(s, colon + 2)) {
                int end = colon + 3;
                if (end + 2 < s.length() && s.charAt(end) == ':' && isDigit(s, end + 1) && isDigit(s, end + 2)) {
                    end += 3;
                }
                return end + meridiemLength(s, end);
            }
        }
        return -1;
    }

    /** Where the last clock time of the text starts (its hour's first digit), or -1. */
    private static int clockStart(String s) {
        for (int colon = s.length() - 3; colon >= 1; colon--) {
            if (s.charAt(colon) == ':' && isDigit(s, colon - 1) && isDigit(s, colon + 1) && isDigit(s, colon + 2)) {
                int start = colon - 1;
                if (isDigit(s, start - 1)) {
                    start--;
                }
                // "12:46:03": the seconds' colon was found first
                if (start >= 3 && s.charAt(start - 1) == ':' && isDigit(s, start - 2)) {
                    start = isDigit(s, start - 3) ? start - 3 : start - 2;
                }
                return start;
            }
        }
        return -1;
    }

    /** The length of " AM", " p.m." and the like right after a clock, else 0. */
    private static int meridiemLength(String s, int at) {
        int i = at;
        if (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        for (String meridiem : List.of("a.m.", "p.m.", "am", "pm")) {
            if (s.regionMatches(true, i, meridiem, 0, meridiem.length())
                    && (i + meridiem.length() == s.length() || !Character.isLetter(s.charAt(i + meridiem.length())))) {
                return i + meridiem.length() - at;
            }
        }
        return 0;
    }

    private static String trimSeparators(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ',' || s.charAt(start) == '\u3001'
                || s.charAt(start) == '\uFF0C' || Character.isWhitespace(s.charAt(start)))) {
            start++;
        }
        return s.substring(start);
    }

    /** The first place the verb stands as a word followed by a space, or -1. */
    private static int indexOfWord(String s, String verb) {
        for (int at = 0; at + verb.length() < s.length(); at++) {
            if (s.regionMatches(true, at, verb, 0, verb.length()) && s.charAt(at + verb.length()) == ' '
                    && wordStartsAt(s, at, verb)) {
                return at;
            }
        }
        return -1;
    }

    /** Scripts without spaces (のメッセージ) need no boundary; others need a non-letter before the verb. */
    private static boolean wordStartsAt(String s, int at, String verb) {
        boolean spaced = Character.isLowerCase(verb.charAt(0)) || Character.isUpperCase(verb.charAt(0));
        return !spaced || at == 0 || !Character.isLetter(s.charAt(at - 1));
    }

    private static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }
}
