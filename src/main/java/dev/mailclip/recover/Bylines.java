package dev.mailclip.recover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans a byline line into an author name: "By", "Written by", "von", trailing punctuation and a newsroom role
 * after the name ("Environment reporter", "기자") go.
 */
final class Bylines {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "by" in the languages of the forward vocabulary, as a regex alternation: the one list of byline words */
    static final String BY_WORDS = "by|von|par|por|di|door|av|af|oleh|przez|του|της|מאת|بقلم|โดย";
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:" + BY_WORDS
            + "|written by|posted by|author|autor|auteur|autore|автор|forfatter|författare)\\s*:?\\s+"
            // the words that name a writer only with a colon: "Текст: …", "Yazar: …", "كتب: …", "Tác giả: …"
            + "|^(?:текст|yazar|haber|szerző|teksti|kirjoittaja|penulis|reporter|tác giả|نویسنده|كتب|लेखक|द्वारा|লেখক"
            + "|oprac\\.|tekst|texto|testo|text|redacción|redação)\\s*[:：]\\s*"
            // a lower-case "de" or "per" before a name ("de Mihai Ionescu", "per Joan Puig"), Polish "oprac."
            + "|^(?-i:de|per)\\s+(?=\\p{Lu})|^oprac\\.\\s*(?=\\p{Lu})"
            // Chinese bylines name the reporter after the word, with no space: "記者林志豪", "新京报记者 张晓", "文／王明"
            + "|^(?:\\p{IsHan}{0,6}?(?:记者|記者)|文\\s*[/／]|作者\\s*[:：]|撰文\\s*[:：]?)\\s*(?=\\p{IsHan})");
    /** where a Chinese byline says the reporter filed from: "／台北報導", " 北京报道" */
    private static final Pattern FILED_FROM = Pattern.compile("(?:\\s+|\\s*[/／]\\s*)\\p{IsHan}{0,6}(?:報導|报道)$|(?:報導|报道)$");

    private static final Pattern PROFILE = Pattern.compile(
            "(?iu)\\s*(?:author[’']s profile|view (?:full )?profile|view all posts.*|more by this author|follow)$");
    /** a newsroom's name in Chinese, Japanese and Korean: newspaper, daily, news agency, news */
    private static final Pattern NEWSROOM_CJK = Pattern.compile("(?:新聞|新闻|日报|日報|通信社|ニュース|뉴스|일보|신문)$");
    private static final Pattern ORGANISATION = Pattern.compile("(?iu).*\\b(?:news|media|english|times|daily|post|team"
            + "|group|inc|llc|ltd|gmbh|magazine|journal|radio|tv|network|press|online|blog|institute|university"
            + "|association|foundation|company|center|centre|society|agency|tribune|herald|gazette|review|weekly"
            + "|channel|broadcasting|corporation|club|staff|editors|editorial|desk|reporters?|services|official)\\b.*");
    /** a newsroom's role after the name: "Helena Horton Environment reporter", "Jon Henley Europe correspondent" */
    private static final Pattern ROLE = Pattern.compile("^(.+?) (\\p{Lu}\\p{Ll}+(?: \\p{Ll}+){0,3} (?iu:reporter|correspondent"
            + "|editor|writer|columnist|critic|commentator|analyst|producer|contributor))$");
    /** a reporter's title after the name in Korean, Chinese and Japanese: "김민수 기자", "王晓雯 记者" */
    static final Pattern REPORTER = Pattern.compile("^(\\p{L}{2,5}(?: \\p{L}{1,5})?) ?(?:기자|특파원|记者|記者|特派员|特派員)$");
    private static final Pattern NAME_WORD = Pattern.compile("(?u)(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|den|da|di|al|el|la|le|bin|ibn)");

    private Bylines() {
    }

    /** A line that is only a profile link's words beside a byline: "Follow", "View profile". */
    static boolean isProfileLink(String line) {
        return PROFILE.matcher(line.strip()).matches();
    }

    /** Whether the line starts with a byline's word: "By …", "Von …", "Par …". */
    static boolean startsWithBy(String line) {
        return PREFIX.matcher(line.strip()).lookingAt();
    }

    /** A line that ends in a date ("Sarah Schwartz — November 18, 2025"): the name and the date apart. */
    public record NameAndDate(String name, FoundDate date) {
    }

    /** Splits a date off the end of a credits line, where Reader View often runs them together. */
    public static NameAndDate splitDate(String line, java.time.LocalDate reference) {
        String s = SPACES.matcher(line.replace('\u00a0', ' ')).replaceAll(" ").strip();
        for (int k = 1; k < s.length() && s.length() <= 160; k++) {
            char c = s.charAt(k);
            char prev = s.charAt(k - 1);
            boolean boundary = prev == ' ' || Character.isLowerCase(prev) && Character.isUpperCase(c);
            if (boundary && Character.isLetterOrDigit(c)) {
                java.util.Optional<FoundDate> date = DateReader.readLine(s.substring(k), reference);
                if (date.isPresent() && !nameWordBeforeDate(s, k, date.get(), reference)) {
                    return new NameAndDate(clean(s.substring(0, k)), date.get());
                }
            }
        }
        return new NameAndDate(clean(s), null);
    }

    /**
     * Whether the word at {@code k} belongs to the name, not to the date that follows: a date reads with a word of any
     * kind before it (a weekday's place), so in "Jane Doe, March 3, 2024" the date reads from "Doe" too. A
     * capitalised word that is no weekday, after which the same day still reads, is the name's.
     */
    private static boolean nameWordBeforeDate(String s, int k, FoundDate date, java.time.LocalDate reference) {
        int space = s.indexOf(' ', k);
        // a lower-case word leads into the date ("on", "am", "le"); a capitalised one is a name's or a weekday's
        if (space < 0 || !Character.isUpperCase(s.charAt(k)) || DateReader.isWeekday(s.substring(k, space))) {
            return false;
        }
        java.util.Optional<FoundDate> rest = DateReader.readLine(s.substring(space + 1), reference);
        return rest.isPresent() && rest.get().day().equals(date.day());
    }

    /** A name of a newsroom rather than a person: "NHK NEWS WEB", "日本経済新聞", "연합뉴스". */
    static boolean isNewsroom(String name) {
        return name != null && name.length() <= 60 && (ORGANISATION.matcher(name).matches() || NEWSROOM_CJK.matcher(name).find());
    }

    /** Two to four capitalised words and no word of an organisation's name: "Karl Voit", not "Al Mayadeen English". */
    public static boolean looksLikePerson(String name) {
        if (name == null) {
            return false;
        }
        // words first: the organisation pattern backtracks over the whole line, so only short ones get it
        String[] words = SPACES.split(name.strip());
        if (words.length < 2 || words.length > 4 || ORGANISATION.matcher(name).matches()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code s} without the run of {@code chars} at its end. A regex "[...]+$" retries from every
     * position of a long run (quadratic on a line of dashes); this is one pass.
     */
    private static String withoutTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** @return the name, or null when the line cannot be a byline (empty, too long, a sentence) */
    public static String clean(String line) {
        if (line == null) {
            return null;
        }
        String s = SPACES.matcher(line.replace('\u00a0', ' ')).replaceAll(" ").strip();
        s = PREFIX.matcher(s).replaceFirst("");
        s = FILED_FROM.matcher(s).replaceFirst("");
        s = PROFILE.matcher(s).replaceFirst("");
        s = withoutTrailing(s, " \t\n\u000B\f\r,;|·•–—-").strip();
        if (s.isEmpty() || s.length() > 120 || s.endsWith(".") && s.split(" ").length > 8) {
            return null;
        }
        Matcher role = ROLE.matcher(s);
        if (role.matches() && looksLikePerson(role.group(1))) {
            return role.group(1);
        }
        Matcher reporter = REPORTER.matcher(s);
        return reporter.matches() ? reporter.group(1) : s;
    }
}
