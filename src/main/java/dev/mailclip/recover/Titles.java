package dev.mailclip.recover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a title line looks like, and the subject as the title of last resort. */
final class Titles {
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:(?:re|fwd?|fw|wg|tr|rv|aw|sv|vs|enc|i|r|vb|vl|odp|pd|ilt|İlt|redir\\.?|转发|回复|轉寄)\\s*(?:\\[\\d+])?\\s*[:：]\\s*)+");

    /**
     * A title in quotation marks of any script («…», “…”, "…", „…“, 「…」, 『…』), the title its one group: the mark a person
     * quotes a title in, before the link or at the end of their sentence.
     */
    static final String QUOTED = "[«“\"„「『]\\s*([^«»“”\"„「」『』]{3,250}?)\\s*[»”\"“」』]";
    /**
     * A Chinese, Japanese or Korean letter's salutation, as a line: "尊敬的…", "田中 健 様", "김민수 고객님". A
     * regex fragment, for the title test and the verdict's conversation test alike.
     */
    static final String CJK_SALUTATION = "(?:尊敬的|亲爱的|親愛的|您好)|[^\\n]{1,30}(?:様|さま|殿|고객님|님)[、，,:：]?[ \\t]*$";
    /** a letter's first words: "Dear …", and {@link #CJK_SALUTATION} */
    private static final Pattern GREETING = Pattern.compile("(?iu)^(?:(?:hi|hello|hey|dear|hallo|bonjour|hola|ciao|thanks"
            + "|thank you|cheers)\\b|" + CJK_SALUTATION + ")");
    /**
     * Starts only where a run of white space starts: a find() retried inside a long run of spaces
     * would rescan the run from every position (quadratic on hostile titles). Same matches.
     */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!\\s)\\s+(?:\\||-|–|—|::|·|•)\\s+");
    /** compiled once: String.split compiles its regex at every call */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Titles() {
    }

    /** an app's share line around a quoted title: 'Watch "…" on YouTube', 'I'm reading "…" by … on Matter' */
    private static final Pattern SHARE_TEMPLATE = Pattern.compile("(?iu)^(?:watch|read|listen to|check out|i['’]m reading"
            + "|i am reading)\\s+[\"“](.{3,250}?)[\"”](?:\\s+by\\s+(.{2,60}?))?\\s+on\\s+[\\p{L}\\d.' ]{2,30}$");

    /** an address in angle brackets, as mail headers show one */
    private static final Pattern ADDRESS = Pattern.compile("<[^<>\\s]+@[^<>\\s]+>");

    /** Short, not a sentence ending in a full stop, not a URL, a date, a greeting or a label. */
    public static boolean looksLikeTitle(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        if (s.length() < 3 || s.length() > 250 || WHITESPACE.split(s).length > 35) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '.' && !s.endsWith("...") || last == ',' || last == ';' || last == ':') {
            return false;
        }
        if (s.codePoints().filter(Character::isLetter).count() < 2 || s.contains("://") || ReadingTime.is(s) || DeviceLines.is(s) || s.startsWith(">") || s.startsWith("-") || s.startsWith("*")) {
            return false;
        }
        if (DateReader.readLine(s, null).isPresent()) {
            return false; // a diary's day, a letter's date
        }
        // a mail header's line ("From: Jane Whitaker <jane@example.com>") names an address, a title does not
        return !GREETING.matcher(s).lookingAt() && !ADDRESS.matcher(s).find();
    }

    /** A title that shouts: exclamation marks, prices, or mostly capitals, as advertisements are headed. */
    public static boolean isLoud(String title) {
        if (title.indexOf('!') >= 0 || title.indexOf('$') >= 0) {
            return true;
        }
        return shouts(title, 8, 0.5);
    }

    /**
     * True when more than {@code share} of the letters (among the first 20,000 characters) are capitals
     * and there are at least {@code minLetters} letters to judge by.
     */
    static boolean shouts(String text, int minLetters, double share) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length() && i < 20_000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return letters >= minLetters && upper > letters * share;
    }

    /**
     * The title without the site's name that pages append or prepend ("What is Cloud Computing? |
     * Google Cloud" on cloud.google.com): a segment after (or before) a separator is cut when it
     * names the site, by its host or by the site name the clip shows. At least two words must stay.
     */
    public static String withoutSiteName(String title, String host, String siteName) {
        if (title == null) {
            return null;
        }
        // each segment is cut out once: copying the whole title per separator would be quadratic
        Matcher m = SEPARATOR.matcher(title);
        Matcher next = SEPARATOR.matcher(title);
        while (m.find()) {
            int end = next.find(m.end()) ? next.start() : title.length();
            String afterFirst = title.substring(m.end(), end).strip();
            if (namesSite(afterFirst, host, siteName)) {
                String before = title.substring(0, m.start()).strip();
                if (WHITESPACE.split(before).length >= 2) {
                    return before;
                }
            }
        }
        Matcher first = SEPARATOR.matcher(title);
        if (first.find()) {
            String lead = title.substring(0, first.start()).strip();
            String rest = title.substring(first.end()).strip();
            if (namesSite(lead, host, siteName) && WHITESPACE.split(rest).length >= 2) {
                return rest;
            }
        }
        return title;
    }

    private static boolean namesSite(String segment, String host, String siteName) {
        if (segment.isEmpty() || segment.length() > 60) {
            return false;
        }
        return Hosts.nameMatches(segment, host)
                || siteName != null && segment.equalsIgnoreCase(siteName.strip())
                || host != null && segment.equalsIgnoreCase(host);
    }

    /** The subject without reply and forward prefixes (Re:, Fwd:, FW:, WG:, TR:, RV: ...). */
    public static String fromSubject(String subject) {
        if (subject == null) {
            return null;
        }
        String s = withoutShareTemplate(SUBJECT_PREFIX.matcher(subject).replaceFirst("").strip());
        return s.isEmpty() ? null : s;
    }

    /** The title an app's share line quotes ('Watch "…" on YouTube'), or the line as it is. */
    static String withoutShareTemplate(String line) {
        ShareCaption caption = shareCaption(line);
        return caption == null ? line : caption.title();
    }

    /** What an app's share line around a title gives: the title it quotes, the author it names or null. */
    record ShareCaption(String title, String author) {
    }

    /** The title and author of an app's share line ('I'm reading "…" by Alex Murrell on Matter'), or null. */
    static ShareCaption shareCaption(String line) {
        Matcher m = SHARE_TEMPLATE.matcher(line);
        return m.matches() ? new ShareCaption(m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip()) : null;
    }
}
