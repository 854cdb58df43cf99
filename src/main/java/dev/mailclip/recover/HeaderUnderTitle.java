package dev.mailclip.recover;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header under a clip's title, as pages lay it out and people copy it: a few short lines in any order (the
 * site's name or host, the page's URL, bylines in the languages of {@link Bylines}, a subtitle, a "Follow"
 * button) down to the date or reading time ({@link CreditLine} when they share a line with the byline), then
 * a rule. What it cannot place (a subtitle, a second line of names) stays in the text.
 */
final class HeaderUnderTitle {
    private static final Pattern RULE = Pattern.compile("^[-_=—–]{5,}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** a time of day alone on its line: "9:41 PM", "21:41", "午後 9:41" */
    private static final Pattern TIME_ALONE = Pattern.compile("(?iu)^(?:午前|午後|오전|오후|上午|下午)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?$");
    /** a subtitle has at least this many words; a byline of names rarely does */
    private static final int SUBTITLE_WORDS = 6;
    /** the most lines of an article's header under its title, down to its date */
    private static final int HEADER_LINES = 5;
    /** a header line is shorter than this; a longer one is the body's */
    private static final int MAX_HEADER_LINE = 160;
    private static final int SITE_NAME_WORDS = 4;
    /** a name set over a title has no more words than this: a longer line of capitals is a title itself */
    private static final int NAME_OVER_TITLE_WORDS = 3;
    /** the small words a capitalised name may hold: "Frankfurter Allgemeine", "El País", "Le Monde", "La Repubblica" */
    private static final Set<String> SMALL_NAME_WORDS = Set.of("de", "del", "der", "di", "du",
            "of", "the", "van", "von", "y", "la", "le", "el");
    /** a line of a name (a person's, a site's) has no more words than this */
    private static final int NAME_WORDS = 6;
    /** within this many lines under a title, any line right above the date is a byline */
    private static final int BYLINE_ANYHOW_LINES = 2;
    /** a line with digits under a byline, this short, may be a date that cannot be read ("Gestern, 17:05") */
    private static final int LOOSE_DATE_CHARS = 60;
    /** a site's name that is its host in its own script: "Газета.Ru", "Onet.pl" */
    private static final Pattern BRAND_HOST = Pattern.compile("^[\\p{L}\\p{N}-]{2,30}\\.\\p{L}{2,6}$");
    /** what no name holds: a sentence's or a mail header's punctuation, an address */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[.,:;!?<>@()\\[\\]]");

    private HeaderUnderTitle() {
    }

    /**
     * After the title, the short lines of the article's header down to its date or reading time: bylines,
     * the page's URL, its site's host or name, a subtitle, in the orders pages and people copy them in
     * ("title⏎By Jane Doe⏎date", "title⏎Il Post⏎URL⏎Di Marco Bellini⏎5 marzo 2024"); then a rule.
     */
    static void read(TextClip clip, int titleAt, ClipContext context, Findings findings) {
        int i = clip.next(titleAt);
        if (isNotePageStamp(clip, i, context)) {
            return; // the day the note was made, not the article's: both lines stay in the text
        }
        int metaAt = metaLineUnder(clip, titleAt, context);
        int blockEnd = metaAt >= 0 ? -1 : bylineBlockEnd(clip, titleAt);
        // the header's lines before its date, or all of a dateless header's block
        int end = metaAt >= 0 ? metaAt : blockEnd >= 0 ? blockEnd + 1 : -1;
        if (end >= 0) {
            boolean byWord = false;
            for (int j = i; j >= 0 && j < end; j = clip.next(j)) {
                byWord |= Bylines.startsWithBy(clip.line(j));
            }
            // without a byline's word, the byline is the line right above the date, as Reader View lays it out
            int bylineAt = -1;
            for (int j = i; !byWord && j >= 0 && j < end; j = clip.next(j)) {
                String line = clip.line(j).strip();
                // a labelled line ("Source: URL") is read by LabelledLinesRecogniser, never as a name
                if (!Hosts.isUrl(line) && !(Hosts.isBareHost(line) && !findings.has(Field.SITE)) && !isSubtitle(line)
                        && !Bylines.isProfileLink(line) && !LabelledLinesRecogniser.isLabelled(line)) {
                    bylineAt = j;
                }
            }
            for (int j = i; j >= 0 && j < end; j = clip.next(j)) {
                String line = clip.line(j).strip();
                if (Hosts.isUrl(line)) {
                    if (findings.keeps(Field.URL, UrlCleaner.clean(line), "text:url-line")) {
                        clip.use(j);
                    }
                } else if (Hosts.isBareHost(line) && !findings.has(Field.SITE)) {
                    // a host under the title, where Reader View has none above it ("andrew.keaveney" under a
                    // host line is a byline)
                    findings.claim(Field.SITE, Hosts.withoutWww(line.toLowerCase(Locale.ROOT)), "text:host-under-title");
                    clip.use(j);
                } else if (Bylines.isProfileLink(line)) {
                    clip.use(j); // "Follow" beside the byline: the page's button
                } else if (byWord ? Bylines.startsWithBy(line) : j == bylineAt) {
                    readByline(clip, j, findings);
                } else if (isSiteName(line) && findings.keeps(Field.SITE, line, "text:site-name")) {
                    // the site's name beside the byline: "Il Post", "NOS Nieuws", "Коммерсантъ"
                    clip.use(j);
                }
                // anything else (a subtitle, a second line of names) stays in the text: the article's own
            }
            // the meta lines: a date and/or a reading time, in either order, or both on one line with a byline
            for (int j = metaAt; j >= 0 && isMetaLine(clip, j, context); j = clip.next(j)) {
                Optional<FoundDate> date = DateReader.readDateline(clip.line(j), context.mailDay());
                if (date.isEmpty() && !ReadingTime.is(clip.line(j))) {
                    Optional<CreditLine.Read> credit = CreditLine.read(clip.line(j), context.mailDay());
                    date = credit.map(CreditLine.Read::date);
                    credit.map(CreditLine.Read::author).ifPresent(name -> findings.claim(Field.AUTHOR, name, "text:byline"));
                }
                date.ifPresent(d -> findings.claim(Field.PUBLISHED, d.iso(),
                        d.yearInferred() ? "text:dateline:year-from-mail" : "text:dateline"));
                clip.use(j);
                i = clip.next(j);
            }
            readReporterLine(clip, i, findings);
        }
        if (i >= 0 && RULE.matcher(clip.line(i).strip()).matches()) {
            clip.use(i);
        }
    }

    /**
     * OneNote's stamp under a note page's title: the day, then the time alone on the next line or paragraph
     * ("Wednesday, March 6, 2024⏎9:41 PM", "Montag, 4. März 2024⏎21:41"), when the page was made: a pasted article's
     * date is never set so.
     */
    private static boolean isNotePageStamp(TextClip clip, int dayAt, ClipContext context) {
        if (dayAt < 0) {
            return false;
        }
        int timeAt = clip.next(dayAt);
        return timeAt >= 0 && TIME_ALONE.matcher(clip.line(timeAt).strip()).matches()
                && DateReader.readLine(clip.line(dayAt), context.mailDay()).isPresent();
    }

    /**
     * The date or reading time line among the few short lines under a title, or -1: the header ends at the
     * first line too long for one.
     */
    private static int metaLineUnder(TextClip clip, int titleAt, ClipContext context) {
        for (int k = 0, j = clip.next(titleAt); k < HEADER_LINES && j >= 0; k++, j = clip.next(j)) {
            if (isMetaLine(clip, j, context)) {
                return j;
            }
            if (!isHeaderLine(clip.line(j).strip(), k)) {
                // whatever stands right above the date within two lines of the title is its byline, as Reader
                // View lays it out: "apblackmd", "Matt CheckHead Winemaker, Co-Founder"
                int next = clip.next(j);
                return k < BYLINE_ANYHOW_LINES && isMetaLine(clip, next, context) ? next : -1;
            }
        }
        return -1;
    }

    /** Whether a header stands under the title: its date among a few short lines, or a block with a byline. */
    static boolean standsUnder(TextClip clip, int titleAt, ClipContext context) {
        return metaLineUnder(clip, titleAt, context) >= 0 || bylineBlockEnd(clip, titleAt) >= 0;
    }

    /**
     * The last line of the block of short lines right under a title, one blank line between at most, when one of
     * them is a byline ("title⏎NU.nl⏎URL⏎Door Lotte Jansen⏎Gisteren, 17:05"): a header whose date cannot be
     * read. -1 when there is no such block.
     */
    private static int bylineBlockEnd(TextClip clip, int titleAt) {
        boolean byline = false;
        int end = -1;
        int k = 0;
        int start = titleAt + 1;
        // one blank line under the title ("title⏎⏎URL⏎מאת: יוסי מזרחי⏎לפני 3 שעות"): then a block of two lines at least
        boolean apart = start + 1 < clip.size() && clip.line(start).isBlank() && !clip.line(start + 1).isBlank();
        if (apart) {
            start++;
        }
        for (int n = start; n < clip.size() && !clip.line(n).isBlank(); n++) {
            if (clip.isUsed(n)) {
                continue; // a line taken before (the URL) is still one of the block's
            }
            String line = clip.line(n).strip();
            boolean last = n + 1 >= clip.size() || clip.line(n + 1).isBlank();
            // the block's last line may be a date too loose to read: "Yesterday, 17:05", "05/03/2024 08h00"
            boolean looseDate = last && line.length() <= LOOSE_DATE_CHARS && line.chars().anyMatch(Character::isDigit);
            if (k >= HEADER_LINES || !isHeaderLine(line, k) && !looseDate) {
                return -1;
            }
            k++;
            byline |= Bylines.startsWithBy(line);
            end = n;
        }
        return byline && (!apart || end > start) ? end : -1;
    }

    /**
     * A line of an article's header above its date: a URL, a host, a byline, a site's or a person's name, or
     * right under the title a subtitle; not a sentence of the sender's ("Ah, always worth a read :)") nor a
     * mail header ("Subject: Fw: Tides").
     *
     * @param k the line's place under the title, from 0
     */
    private static boolean isHeaderLine(String line, int k) {
        if (Hosts.isUrl(line) || Hosts.isBareHost(line) || Bylines.startsWithBy(line) || BRAND_HOST.matcher(line).matches()) {
            return true;
        }
        if (line.length() > MAX_HEADER_LINE) {
            return false;
        }
        return k == 0 && isSubtitle(line) || SPACES.split(line).length <= NAME_WORDS && !line.isEmpty()
                && !Character.isLowerCase(line.codePointAt(0)) && !NOT_IN_A_NAME.matcher(line).find();
    }

    /** A byline line: its name is the author, unless it is the site's own name. */
    private static void readByline(TextClip clip, int j, Findings findings) {
        String host = Hosts.of(findings.value(Field.URL));
        if (host == null && findings.value(Field.SITE) != null) {
            host = findings.value(Field.SITE);
        }
        String name = Bylines.clean(clip.line(j));
        boolean siteName = Hosts.nameMatches(name, host) && !Bylines.looksLikePerson(name);
        if (!Bylines.startsWithBy(clip.line(j)) && Bylines.isNewsroom(name) && !findings.has(Field.SITE)) {
            // a newsroom's name where a byline stands, no byline word before it ("NHK NEWS WEB"): the site
            findings.claim(Field.SITE, name, "text:site-name");
        } else if (name != null && name.length() <= 100 && !siteName) {
            findings.claim(Field.AUTHOR, name, "text:byline");
        }
        clip.use(j);
    }

    /**
     * Whether line {@code i} is a site's or a section's name set right over the title, which has its header under
     * it ("The Guardian⏎Heatwave grips southern Europe as temperatures pass 45C⏎Jon Henley⏎date"): a name of a
     * few capitalised words, and under it, with no blank line between, a longer line that reads as a title.
     */
    static boolean nameLineAbove(TextClip clip, int i, ClipContext context) {
        String line = clip.line(i).strip();
        int titleAt = clip.next(i);
        if (titleAt != i + 1 || !isSiteName(line) || !capitalised(line)) {
            return false;
        }
        String title = clip.line(titleAt).strip();
        int nameWords = SPACES.split(line).length;
        return nameWords <= NAME_OVER_TITLE_WORDS && SPACES.split(title).length >= nameWords + 2
                && Titles.looksLikeTitle(title) && !Bylines.startsWithBy(title)
                && DateReader.readDateline(title, context.mailDay()).isEmpty() && standsUnder(clip, titleAt, context);
    }

    /** Every word of a cased script begins with a capital: "The Guardian", "BBC News", "Süddeutsche Zeitung". */
    private static boolean capitalised(String line) {
        for (String word : SPACES.split(line)) {
            int c = word.codePointAt(0);
            if (Character.isLowerCase(c) && !SMALL_NAME_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** A site's name: a few words, no sentence and no date ("Il Post", "DR", "NOS Nieuws"). */
    private static boolean isSiteName(String line) {
        return !line.isEmpty() && SPACES.split(line).length <= SITE_NAME_WORDS && !Character.isLowerCase(line.codePointAt(0))
                && line.chars().noneMatch(c -> c == '.' && line.endsWith(".") || c == ',' || c == ':' || Character.isDigit(c));
    }

    /**
     * Korean, Chinese and Japanese news pages name the reporter under the date, the name with its title
     * ("김민수 기자", "王晓雯 记者"): one of the next two lines.
     */
    private static void readReporterLine(TextClip clip, int from, Findings findings) {
        for (int k = 0, j = from; k < 2 && j >= 0; k++, j = clip.next(j)) {
            String line = clip.line(j).strip();
            if (Bylines.REPORTER.matcher(line).matches()) {
                if (findings.claim(Field.AUTHOR, Bylines.clean(line), "text:byline")) {
                    clip.use(j);
                }
                return;
            }
        }
    }

    private static boolean isMetaLine(TextClip clip, int i, ClipContext context) {
        if (i < 0) {
            return false;
        }
        String line = clip.line(i).strip();
        return ReadingTime.is(line) || DateReader.readDateline(line, context.mailDay()).isPresent()
                || CreditLine.read(line, context.mailDay()).isPresent();
    }

    /**
     * A line of words most of which start in lower case, as a sentence's do and a list of names' do not
     * ("The vote ends a decade of debate over the river crossings").
     */
    static boolean isSubtitle(String line) {
        String[] words = SPACES.split(line.strip());
        if (words.length < SUBTITLE_WORDS) {
            return false;
        }
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return lower * 2 > words.length;
    }
}
