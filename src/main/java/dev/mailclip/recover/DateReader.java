package dev.mailclip.recover;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the dates that articles show ("March 6, 2024", "6 March 2024", "2024-03-06",
 * "Published March 6, 2024", "Wed, Mar 6", "6. März 2024", "6 de marzo de 2024", "6 марта 2024 г.",
 * "2024. március 6.", "2024年3月6日", "2024년 3월 6일", "6 มี.ค. 2567", ...) in the languages of {@link #LOCALES}, with
 * the digits of any script.
 * A date must be plausible: not after the reference (the mail's date, a day's slack for time zones) and not before 1990. A date without a year takes the latest such day not after the
 * reference; without a reference it is not read at all. Ambiguous numeric dates (03/04/2024) are
 * not read: a wrong date is worse than none.
 */
final class DateReader {
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** a day without its year this many days after the mail's, or fewer, is ahead of it: no year is guessed */
    private static final int AHEAD_OF_THE_MAIL_DAYS = 31;
    /** the languages whose month and weekday names are read */
    private static final List<Locale> LOCALES = Stream.of("en", "fr", "de", "it", "es", "pt", "nl", "da", "sv", "nb", "ro",
            "fi", "pl", "cs", "sk", "hr", "sl", "sr-Latn", "hu", "ru", "uk", "bg", "tr", "el", "ar", "ar-SY", "fa", "he", "id",
            "ms", "ca", "lt", "lv", "et", "hi", "bn", "th").map(Locale::forLanguageTag).toList();
    /** the end of the scripts whose marks a month's name may go without: Latin, Greek, Cyrillic, Hebrew, Arabic */
    private static final char ACCENTED_SCRIPTS_END = '\u0900';
    private static final Map<String, Integer> MONTHS = monthNames();
    /** letters and their marks (the vowel signs of Devanagari, Bengali and Thai month names are marks), or an
     *  abbreviation with a dot inside: Thai "มี.ค." */
    private static final String MONTH = "((?:[\\p{L}\\p{M}]{3,14}|[\\p{L}\\p{M}]{1,4}\\.[\\p{L}\\p{M}]{1,4})\\.?)";
    private static final String PREFIX = "(?:(?:published|posted|updated|last updated|date|dated|on|am|le|el|il|op|den|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|publicerad|publiceret|publisert|julkaistu|opublikowano|publikováno|publikované|objavljeno|publicat|megjelent|yayınlandı|опубликовано|опубліковано"
            // a longer label before the shorter one it starts with: the first that matches is taken
            + "|дата публикации|дата публікації|дата|data publikacji|data publikace|data|yayınlanma|yayın tarihi|tarih"
            + "|פורסם ב|פורסם|प्रकाशित|প্রকাশিত|প্রকাশ|diterbitkan|dipublikasikan|közzétéve|ngày đăng|đăng lúc)(?: on| le| am| em)?:?\\s+)*";
    /** a weekday before the date, with a comma or the Arabic comma: "Wed, …", "الأربعاء، …" */
    private static final String WEEKDAY = "(?:[\\p{L}\\p{M}]{2,14}\\.?[,،]?\\s+)?";
    /** compiled once: these run for every candidate line of every message */
    private static final Pattern LEADING_PREFIX = Pattern.compile("(?iu)^" + PREFIX);
    /** the label Chinese, Japanese and Korean pages put before a date, with or without a colon */
    private static final Pattern LEADING_CJK_PREFIX = Pattern.compile("^(?:发布于|发布时间|發佈於|發表於|公開日|投稿日|게시일|발행일|입력|송고시간|기사입력)\\s*[:：]?\\s*");
    /**
     * a news dateline's place before its date: "London — January 22, 2024", "Madrid - 22 ene 2024", "NEW YORK —";
     * one word, or capitals: "Sarah Schwartz — November 18, 2025" is a byline, and so is "By …" ({@link Bylines})
     */
    private static final Pattern LEADING_PLACE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’]*|\\p{Lu}[\\p{Lu}.'’]*(?:,? \\p{Lu}[\\p{Lu}.'’]*){1,3})"
                    + " [—–-] (?=\\p{L}|\\d)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("(?iu)" + weekdayNames());
    private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
    private static final int BUDDHIST_ERA_OFFSET = 543;
    /** a year past this, with a Thai month name, is of the Buddhist era */
    private static final int BUDDHIST_ERA_FROM = 2400;
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?(?:\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY + "(\\d{1,2})(?:\\.|st|nd|rd|th|er)?(?:\\s+de)?\\s+" + MONTH + "(?:,?\\s+(?:de\\s+)?(\\d{4}))?");
    /** Chinese and Japanese "2024年3月6日", Korean "2024년 3월 6일" */
    private static final Pattern YEAR_MONTH_DAY_CJK = Pattern.compile(
            "(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    /** Hungarian "2024. március 6." */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})\\.?\\s+" + MONTH + "\\s+(\\d{1,2})\\.?");
    /** Vietnamese "6 tháng 3 năm 2024", "Thứ Tư, ngày 6 tháng 3" */
    private static final Pattern DAY_MONTH_YEAR_VI = Pattern.compile(
            "(?iu)(?:(?:thứ\\s+[\\p{L}\\d]+|chủ nhật)\\s*,?\\s*)?(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:,?\\s+năm\\s+(\\d{4}))?");
    /** "06.03.2024", "2024/3/6", Korean "2024.03.06." and "2024. 3. 6." */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([./-]) ?(\\d{1,2})\\2 ?(\\d{1,4})\\.?");
    /** what may follow a date on its line: a time, a zone, "|", a reading time */
    private static final Pattern TRAILER = Pattern.compile(
            "(?:\\s*г\\.|\\s*[（(]\\p{L}{1,3}[)）])?"
                    // the weekday after the date: "6 Mart 2024 Çarşamba", "2024. március 6., szerda"
                    + "(?:[,،]?\\s*(?iu:" + weekdayNames() + ")(?!\\p{L}))?"
                    + "(?:,?\\s*(?:at\\s+|um\\s+|à\\s+|às\\s+|alle\\s+|a las\\s+|om\\s+|kl\\.?\\s+|klo\\s+|kello\\s+|saat\\s+|-\\s*|\\|\\s*)?(?:오전|오후|上午|下午|午前|午後)?\\s*"
                    + "(?:\\d{1,2}\\s?[:.h]\\s?\\d{2}(?::\\d{2})?|\\d{1,2}\\s*[時时시]\\s*(?:\\d{1,2}\\s*[分분])?)"
                    + "\\s*(?:[ap]\\.?m\\.?|น\\.)?(?:\\s*[A-Z]{2,5}|\\s*[+-]\\d{2}:?\\d{2})?)?"
                    // the publication date first, then when it was changed: "…, updated January 23, 2024",
                    // "5 marzo 2024 (modifica il 6 marzo 2024 | 09:12)"
                    + "(?:,?\\s*\\(?\\s*(?:updated|last updated|modified|modifié|mis à jour|aktualisiert|geändert|actualizado"
                    + "|aggiornato|modifica|uppdaterad|opdateret|oppdatert|bijgewerkt|atualizado|수정|更新|修改)(?!\\p{L}).{0,60})?"
                    // the paper it came from: "… 来源：澎湃新闻", "… Source: The Atlantic"
                    + "(?:\\s+(?:source|来源|來源|출처|quelle|fuente|fonte)\\s*[:：]\\s*.{1,40})?"
                    + "(?:\\s*[|·•–—-]\\s*.{0,40})?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateReader() {
    }

    /**
     * Reads a line that is a date and nothing else (allowing a "Published"/"Posted on" prefix, a
     * weekday, a time after it, and when it was updated after that).
     *
     * @param reference the mail's date (dates after it are implausible; a missing year comes from it),
     *                  or null
     */
    public static Optional<FoundDate> readLine(String line, LocalDate reference) {
        return readLine(line, reference, false);
    }

    /**
     * Reads a dateline under an article's title: a line {@link #readLine} reads, or one with the place it was
     * written at before the date ("London — January 22, 2024", "NEW YORK — …"). Only for a line known to stand
     * where a date does: "Smith — January 22, 2024" reads as a place too.
     */
    public static Optional<FoundDate> readDateline(String line, LocalDate reference) {
        return readLine(line, reference, true);
    }

    private static Optional<FoundDate> readLine(String line, LocalDate reference, boolean place) {
        if (line == null || !hasDigit(line)) {
            return Optional.empty(); // every form read has its day in digits: most lines of mail are passed over here
        }
        String s = clean(line);
        if (s.isEmpty() || s.length() > 80) {
            return Optional.empty();
        }
        if (place && !Bylines.startsWithBy(s)) {
            s = LEADING_PLACE.matcher(s).replaceFirst("");
        }
        s = LEADING_CJK_PREFIX.matcher(LEADING_PREFIX.matcher(s).replaceFirst("")).replaceFirst("");
        for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY_CJK, YEAR_MONTH_DAY, DAY_MONTH_YEAR_VI,
                NUMERIC)) {
            Matcher m = p.matcher(s);
            if (m.lookingAt() && TRAILER.matcher(s.substring(m.end())).matches()) {
                Optional<FoundDate> d = build(p, m, reference);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Reads a date at the start of a text (a news dateline's date part), ignoring what follows. */
    public static Optional<FoundDate> readStart(String text, LocalDate reference) {
        String s = clean(text.length() > 60 ? text.substring(0, 60) : text);
        for (Pattern p : List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, YEAR_MONTH_DAY_CJK, YEAR_MONTH_DAY,
                DAY_MONTH_YEAR_VI)) {
            Matcher m = p.matcher(s);
            if (m.lookingAt()) {
                Optional<FoundDate> d = build(p, m, reference);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** Reads a machine date (meta tags, JSON-LD, {@code <time datetime>}): ISO date or date-time. */
    public static Optional<FoundDate> readIso(String value, LocalDate reference) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value.trim());
        return m.lookingAt() ? build(ISO, m, reference) : Optional.empty();
    }

    private static String clean(String line) {
        String nfc = Normalizer.normalize(line, Normalizer.Form.NFC); // "tháng" as one letter a, whatever the client sent
        return SPACES.matcher(asciiDigits(nfc.replace('\u00a0', ' ').replace('\u202f', ' '))).replaceAll(" ").trim();
    }

    /** Whether the line has a digit the patterns read: a decimal digit of any script ({@link #asciiDigits}). */
    static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The decimal digits of every script as the ASCII digits the patterns read: Arabic-Indic and Persian
     * ("٦ مارس ٢٠٢٤"), Devanagari, Bengali ("১২ মার্চ ২০২৪"), Thai, full-width ("２０２４年３月６日").
     */
    private static String asciiDigits(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                chars = chars == null ? s.toCharArray() : chars;
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return chars == null ? s : new String(chars);
    }

    private static Optional<FoundDate> build(Pattern p, Matcher m, LocalDate reference) {
        try {
            if (p == ISO) {
                LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                String iso = day.toString();
                if (m.group(4) != null && m.group(5) != null) {
                    try {
                        OffsetDateTime odt = OffsetDateTime.parse(m.group(0).replace(' ', 'T')
                                .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"));
                        iso = odt.toString();
                    } catch (DateTimeParseException e) {
                        iso = day.toString();
                    }
                }
                return plausible(day, iso, false, reference);
            }
            if (p == NUMERIC) {
                return numeric(m, reference);
            }
            if (p == YEAR_MONTH_DAY_CJK) {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return plausible(date, date.toString(), false, reference);
            }
            if (p == DAY_MONTH_YEAR_VI) {
                int month = Integer.parseInt(m.group(2));
                int day = Integer.parseInt(m.group(1));
                if (m.group(3) == null) {
                    return inferYear(month, day, reference);
                }
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(3)), month, day);
                return plausible(date, date.toString(), false, reference);
            }
            if (p == YEAR_MONTH_DAY) {
                Integer month = month(m.group(2));
                if (month == null) {
                    return Optional.empty();
                }
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
                return plausible(date, date.toString(), false, reference);
            }
            String monthToken = p == MONTH_DAY_YEAR ? m.group(1) : m.group(2);
            String dayToken = p == MONTH_DAY_YEAR ? m.group(2) : m.group(1);
            Integer month = month(monthToken);
            if (month == null) {
                return Optional.empty();
            }
            int day = Integer.parseInt(dayToken);
            if (m.group(3) != null) {
                int year = Integer.parseInt(m.group(3));
                if (year > BUDDHIST_ERA_FROM && THAI.matcher(monthToken).find()) {
                    year -= BUDDHIST_ERA_OFFSET; // Thai pages count the years of the Buddhist era: 2567 is 2024
                }
                LocalDate date = LocalDate.of(year, month, day);
                return plausible(date, date.toString(), false, reference);
            }
            return inferYear(month, day, reference);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The latest {month}-{day} not after the reference; none when that day comes within a month after the
     * reference: a day without its year just ahead of the mail is an agenda's ("3月11日 周一"), not last
     * year's article.
     */
    private static Optional<FoundDate> inferYear(int month, int day, LocalDate reference) {
        if (reference == null) {
            return Optional.empty();
        }
        for (int year = reference.getYear(); year >= reference.getYear() - 1; year--) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (year == reference.getYear() && date.isAfter(reference)
                        && !date.isAfter(reference.plusDays(AHEAD_OF_THE_MAIL_DAYS))) {
                    return Optional.empty();
                }
                if (!date.isAfter(reference)) {
                    return plausible(date, date.toString(), true, reference);
                }
            } catch (DateTimeException e) {
                // 29 February in a common year: try the year before
            }
        }
        return Optional.empty();
    }

    /** dd.mm.yyyy is European; a slash date is read only when one reading is impossible. */
    private static Optional<FoundDate> numeric(Matcher m, LocalDate reference) {
        String a = m.group(1), sep = m.group(2), b = m.group(3), c = m.group(4);
        if (a.length() == 4) {
            LocalDate date = LocalDate.of(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
            return plausible(date, date.toString(), false, reference);
        }
        if (c.length() != 4) {
            return Optional.empty();
        }
        int x = Integer.parseInt(a), y = Integer.parseInt(b), year = Integer.parseInt(c);
        if (sep.equals(".")) {
            LocalDate date = LocalDate.of(year, y, x);
            return plausible(date, date.toString(), false, reference);
        }
        if (x > 12 && y <= 12) {
            LocalDate date = LocalDate.of(year, y, x);
            return plausible(date, date.toString(), false, reference);
        }
        if (y > 12 && x <= 12) {
            LocalDate date = LocalDate.of(year, x, y);
            return plausible(date, date.toString(), false, reference);
        }
        return Optional.empty();
    }

    private static Optional<FoundDate> plausible(LocalDate date, String iso, boolean inferred, LocalDate reference) {
        LocalDate latest = reference != null ? reference.plusDays(1) : LocalDate.now().plusDays(1);
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            return Optional.empty();
        }
        return Optional.of(new FoundDate(date, iso, inferred));
    }

    static Integer month(String token) {
        String key = fold(token);
        Integer month = MONTHS.get(key);
        if (month == null && key.startsWith("ב")) {
            month = MONTHS.get(key.substring(1)); // Hebrew "במרץ", in March
        }
        return month == null || month < 0 ? null : month;
    }

    /**
     * A month name as the table keys it: lower case, without dots, and without the accents and marks of Latin,
     * Greek, Cyrillic, Hebrew and Arabic letters ("marz" is "März", "اكتوبر" is "أكتوبر"); the vowel signs of Thai,
     * Devanagari and Bengali are letters' own ("มี.ค." is March, "ม.ค." January).
     */
    private static String fold(String s) {
        String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(n.length());
        char base = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK;
            if (c == '.' || mark && base < ACCENTED_SCRIPTS_END) {
                continue;
            }
            if (!mark) {
                base = c;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Month names, full and abbreviated, in the languages mailclip reads. A name that means
     * different months in two languages is marked ambiguous (-1) and not read.
     */
    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Locale locale : LOCALES) {
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE,
                        TextStyle.SHORT_STANDALONE)) {
                    String name = fold(month.getDisplayName(style, locale));
                    if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
                        names.merge(name, month.getValue(), (old, now) -> old.equals(now) ? old : -1);
                    }
                }
            }
        }
        // English forms that java.time does not give: "Sept", and three-letter stems of full names
        names.putIfAbsent("sept", 9);
        for (Month month : Month.values()) {
            String three = fold(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).substring(0, 3);
            names.putIfAbsent(three, month.getValue());
        }
        return Map.copyOf(names);
    }

    /** A weekday's name in one of the languages read, without its dot or comma: "Tuesday", "Di", "mardi". */
    static boolean isWeekday(String word) {
        return WEEKDAY_WORD.matcher(word.replaceAll("[.,،]+$", "")).matches();
    }

    /** The weekday names, full and short, of {@link #LOCALES}, as a regex alternation, longest first. */
    private static String weekdayNames() {
        return LOCALES.stream()
                .flatMap(locale -> Stream.of(DayOfWeek.values()).flatMap(day -> Stream.of(TextStyle.FULL, TextStyle.SHORT,
                        TextStyle.FULL_STANDALONE).map(style -> day.getDisplayName(style, locale))))
                .map(name -> name.replace(".", ""))
                .filter(name -> name.codePoints().filter(Character::isLetter).count() >= 3)
                .distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }
}
