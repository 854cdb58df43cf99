package dev.mailclip.recover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shared link: a short message whose one link is what the person saved, or whose subject is the link. A phone's
 * share sheet sends the URL alone (then a device line, "Sent from my iPhone", which stays in the text), a desktop
 * "Email link" the URL or "title⏎URL", an app "URL via @app", and a person a sentence around the URL
 * ("Found the article I mentioned at lunch: URL"), an app its title and link, a teaser and its own link
 * ("Shared from Pocket", "Read in Omnivore: URL"). The URL is claimed; a title line beside it is the
 * title; the person's words are the note. A message with more than one link (but an app's share, whose
 * item stands under the subject's line), or more words than a note, is no share.
 */
final class ShareRecogniser implements TextRecogniser {
    static final String ALONE = "share:url-alone";
    static final String WITH_TITLE = "share:title-and-url";
    static final String IN_NOTE = "share:url-in-note";
    static final String IN_SUBJECT = "share:url-in-subject";

    private static final int MAX_LINES = 12;
    /** a title quoted right before the link: "… thought of you: “Title” https://…", "« Titre » : https://…" */
    private static final Pattern QUOTED_BEFORE_LINK = Pattern.compile(
            Titles.QUOTED + "\\s*[:：,–—-]?\\s*<?https?://");
    /** hosts of an app's or a shortener's link to an article, which the share may give beside the publisher's own */
    private static final Pattern APP_LINK_HOSTS = Pattern.compile("(?i)apple\\.news|apple\\.co|flip\\.it|flipboard\\.com"
            + "|news\\.google\\.com|bit\\.ly|t\\.co|ow\\.ly|buff\\.ly|dlvr\\.it|trib\\.al|lnkd\\.in|smarturl\\.it");
    /** the marks a messaging app wraps a title in, opening and closing in pairs */
    private static final String WRAPPERS = "【】《》「」『』“”\"\"**";
    private static final int MAX_NOTE_WORDS = 40;
    /** A person's words about a link fit in a few lines; an advertisement runs to a column of them. */
    private static final int MAX_NOTE_LINES = 3;
    private static final Pattern URL = Pattern.compile("(?i)<?(https?://[^\\s<>\"]{1,2000})>?");
    /** "URL: …" is a gateway's labelled line, read by {@link LabelledLinesRecogniser}, not a share. */
    private static final Pattern LABELLED_URL = Pattern.compile("(?i)^(?:url|link|source|original)\\s*:\\s*<?https?://.*");
    /** an app's mark after the link: "via @app", SmartNews's "#SmartNews" */
    private static final Pattern VIA_APP = Pattern.compile("(?iu)\\s+(via @[\\w.-]{1,40}|#[\\p{L}\\d_]{2,30})\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'\"»”’)\\]]+$");

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> lines = clip.head(MAX_LINES + 1);
        if (inSubject(clip, lines, context, findings)) {
            return;
        }
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return;
        }
        List<Integer> words = new ArrayList<>();
        Set<String> urls = new LinkedHashSet<>();
        for (int i : lines) {
            String line = clip.line(i).strip();
            if (line.equals("--") || line.equals("—")) {
                break; // a signature follows: not the person's words about the link
            }
            if (TextClip.isRule(line) && !urls.isEmpty()) {
                break; // a bookmarklet's rule: the selection from the page follows, and stays the text
            }
            if (DeviceLines.is(line)) {
                continue;
            }
            if (LABELLED_URL.matcher(line).matches()) {
                return;
            }
            Matcher m = URL.matcher(line);
            while (m.find()) {
                urls.add(UrlCleaner.clean(TRAILING_PUNCTUATION.matcher(m.group(1)).replaceFirst("")));
            }
            words.add(i);
        }
        // an app's share: the subject's line right above the item's link, its teaser and own links after them
        // the subject as a title, read once for every line's test below
        String subject = Titles.fromSubject(context.subject());
        String titled = underSubjectLine(clip, words, subject);
        String url = urls.size() == 1 ? urls.iterator().next() : titled;
        if (url == null || !Hosts.isUrl(url)) {
            return;
        }
        url = publishersOwn(url, urls);
        if (urls.size() > 1 ? noteWords(clip, words) > 2 * MAX_NOTE_WORDS
                : words.size() > MAX_NOTE_LINES + 1 || noteWords(clip, words) > MAX_NOTE_WORDS) {
            return;
        }
        read(clip, words, url, subject, findings);
    }

    private static void read(TextClip clip, List<Integer> lines, String url, String subject, Findings findings) {
        List<String> note = new ArrayList<>();
        String title = null;
        String site = null;
        String author = null;
        int titleAt = -1;
        for (int i : lines) {
            String line = clip.line(i).strip();
            Matcher via = VIA_APP.matcher(line);
            if (via.find()) {
                note.add(via.group(1));
                line = line.substring(0, via.start());
            }
            if (holdsOtherLink(line, url)) {
                note.add(clip.line(i).strip()); // an app's own link ("Read in Omnivore: …"): kept in the note
                continue;
            }
            String rest = unwrapped(URL.matcher(line).replaceAll(" ").strip());
            if (Hosts.isBareHost(rest) && Hosts.withoutWww(rest.toLowerCase(Locale.ROOT)).equals(Hosts.of(url))) {
                site = Hosts.of(url); // a link preview's host line
                continue;
            }
            String byline = author == null && title != null && rest.equals(line) ? bylineName(rest) : null;
            if (byline != null) {
                author = byline; // an app's byline under the title: "title⏎by Rosa Delgado⏎URL"
                continue;
            }
            // of two lines that read as a title, the subject's; the other is a line of the note
            if (!rest.isEmpty() && isTitle(rest, line, url, subject) && (title == null || rest.equalsIgnoreCase(subject)
                    && !title.equalsIgnoreCase(subject))) {
                if (title != null) {
                    note.add(clip.line(titleAt).strip());
                }
                title = rest;
                titleAt = i;
            } else if (!rest.isEmpty()) {
                note.add(line); // without the app's mark, which is in the note already
            }
        }
        if (title != null && !note.isEmpty() && !onlyApp(note) && !title.equalsIgnoreCase(subject)) {
            // words beside the link besides the title: the title line was the person's words too, unless the
            // subject says it is the title (an app's share: "title⏎URL⏎teaser⏎Shared from Pocket")
            note.add(0, clip.line(titleAt).strip());
            title = null;
        }
        if (!note.isEmpty() && !onlyApp(note) && !hasWords(note)) {
            return; // digits or marks beside a link are no one's words: no share
        }
        String evidence = title != null ? WITH_TITLE : note.isEmpty() || onlyApp(note) ? ALONE : IN_NOTE;
        if (!findings.claim(Field.URL, url, evidence)) {
            return;
        }
        if (title == null && evidence.equals(IN_NOTE)) {
            // "Saw this and thought of you: “Title” https://…": the title the person's words quote before the link
            findings.claim(Field.TITLE, quotedBeforeLink(note), "share:quoted-title");
        }
        Titles.ShareCaption caption = title == null ? null : Titles.shareCaption(title);
        if (caption != null) {
            // an app's caption around the title ('I'm reading "…" by … on Matter'): its title and author, the
            // caption kept whole in the note
            note.add(0, title);
            findings.claim(Field.AUTHOR, caption.author(), "share:title-line");
            title = caption.title();
        }
        findings.claim(Field.TITLE, title, "share:title-line");
        findings.claim(Field.SITE, site, "share:host-line");
        findings.claim(Field.AUTHOR, author, "share:byline");
        findings.note(String.join("\n", note));
        for (int i : lines) {
            clip.use(i);
        }
        clip.useRuleAfter(lines.get(lines.size() - 1));
    }

    /**
     * A link shared as the subject, the body empty or a few words of the person's ("Have a look"), with no link
     * of its own: the URL ({@code share:url-in-subject}); the words are the note, a device line stays in the text.
     */
    private static boolean inSubject(TextClip clip, List<Integer> lines, ClipContext context, Findings findings) {
        String url = subjectUrl(context.subject());
        if (url == null || lines.size() > MAX_NOTE_LINES + 1 || noteWords(clip, lines) > MAX_NOTE_WORDS) {
            return false;
        }
        List<String> note = new ArrayList<>();
        for (int i : lines) {
            String line = clip.line(i).strip();
            if (line.contains("://")) {
                return false; // a link of the body's own: read as any share
            }
            if (!DeviceLines.is(line)) {
                note.add(line);
            }
        }
        if (!findings.claim(Field.URL, url, IN_SUBJECT)) {
            return false;
        }
        findings.note(String.join("\n", note));
        lines.stream().filter(i -> !DeviceLines.is(clip.line(i).strip())).forEach(clip::use);
        return true;
    }

    /**
     * The publisher's own address where an app's share gives it beside the app's link to the article (Apple News's
     * "apple.news/…", Flipboard's "flip.it/…", a shortener's): the one other link that is an article's, else the app's.
     */
    private static String publishersOwn(String url, Set<String> urls) {
        if (!isAppLink(url)) {
            return url;
        }
        String own = null;
        for (String other : urls) {
            if (!other.equals(url) && !isAppLink(other) && ArticleUrls.plausible(other)) {
                if (own != null) {
                    return url; // two candidates: no telling which
                }
                own = other;
            }
        }
        return own != null ? own : url;
    }

    private static boolean isAppLink(String url) {
        return APP_LINK_HOSTS.matcher(Hosts.withoutWww(String.valueOf(Hosts.of(url)))).matches();
    }

    /** The name of a byline line ("by Rosa Delgado", "von Marie Kühn"): a few words, no sentence; null for another line. */
    private static String bylineName(String line) {
        if (!Bylines.startsWithBy(line) || line.endsWith(".")) {
            return null;
        }
        String name = Bylines.clean(line);
        return name != null && !name.isEmpty() && TextClip.words(name) <= 5 && Character.isUpperCase(name.charAt(0))
                ? name : null;
    }

    /** A title quoted right before a link in the person's words, or null. */
    private static String quotedBeforeLink(List<String> note) {
        for (String line : note) {
            Matcher m = QUOTED_BEFORE_LINK.matcher(line);
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** The subject when it is a link alone (without Fwd: or Re:), cleaned; null otherwise. */
    static String subjectUrl(String subject) {
        // asked of every message's subject (the gate asks it too): most have no link, and are passed over here
        String s = subject == null || !subject.contains("://") ? null : Titles.fromSubject(subject);
        if (s == null) {
            return null;
        }
        s = s.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return Hosts.isUrl(s) ? UrlCleaner.clean(s) : null;
    }

    private static boolean holdsOtherLink(String line, String url) {
        Matcher m = URL.matcher(line);
        while (m.find()) {
            if (!UrlCleaner.clean(TRAILING_PUNCTUATION.matcher(m.group(1)).replaceFirst("")).equals(url)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of several links, the one right under (or a line below) a line that is the subject: an app's share puts
     * the item's title and address first and its own link after them ("Read in Omnivore: …", "Shared via feedly … URL").
     * Null when there is none.
     */
    private static String underSubjectLine(TextClip clip, List<Integer> lines, String subject) {
        // the title and the link, or the title, a line of its credits ("Evan Wallace · figma.com") and the link
        for (int k = 1; k < lines.size(); k++) {
            Matcher m = URL.matcher(clip.line(lines.get(k)).strip());
            boolean titled = clip.line(lines.get(k - 1)).strip().equalsIgnoreCase(subject)
                    || k >= 2 && clip.line(lines.get(k - 2)).strip().equalsIgnoreCase(subject);
            if (titled && m.matches()) {
                return UrlCleaner.clean(TRAILING_PUNCTUATION.matcher(m.group(1)).replaceFirst(""));
            }
        }
        return null;
    }

    /**
     * A line of words beside the link is its title when it reads as one (short, no closing full stop,
     * not the person's label for the save) and the message says so: the subject is empty or a label,
     * or is that line, or the line's words are the link's.
     */
    private static boolean isTitle(String words, String line, String url, String subject) {
        if (!Titles.looksLikeTitle(words) || SubjectTitles.isOwnWords(words) || words.endsWith(":")) {
            return false;
        }
        String bare = unwrapped(line);
        if (!bare.startsWith(words) && bare.indexOf(words) > 0 && !bare.endsWith(words)) {
            return false; // words on both sides of the link: a sentence
        }
        if (!bare.equals(line.strip())) {
            return true; // wrapped whole, as messaging apps set a link's title apart: "*Title*", "【Title】"
        }
        if (subject != null && subject.equalsIgnoreCase(words) || SubjectTitles.matchesUrl(words, url)) {
            return true;
        }
        // no subject to confirm it: a link whose path has words of its own must share some with a title
        return (subject == null || SubjectTitles.isOwnWords(subject)) && !SubjectTitles.hasWordyPath(url);
    }

    /** A title as messaging apps wrap it whole, "【Title】", "《Title》", "「Title」", "“Title”", "*Title*": the title. */
    private static String unwrapped(String s) {
        if (s.length() > 2) {
            int close = WRAPPERS.indexOf(s.charAt(0));
            if (close >= 0 && close % 2 == 0 && s.charAt(s.length() - 1) == WRAPPERS.charAt(close + 1)
                    && s.indexOf(WRAPPERS.charAt(close + 1), 1) == s.length() - 1) {
                return s.substring(1, s.length() - 1).strip();
            }
        }
        return s;
    }

    /** At least two words of letters among the lines (two Chinese or Japanese letters are two words: {@link TextClip#readingWords}). */
    private static boolean hasWords(List<String> lines) {
        int words = 0;
        for (String line : lines) {
            for (String w : line.split("\\s+")) {
                long unspaced = w.chars().filter(TextClip::isUnspacedLetter).count();
                if (unspaced > 0) {
                    words += (int) unspaced;
                } else if (w.length() >= 2 && w.codePoints().filter(Character::isLetter).count() >= 2) {
                    words++;
                }
            }
        }
        return words >= 2;
    }

    private static boolean onlyApp(List<String> note) {
        return note.size() == 1 && (note.get(0).startsWith("via @") || note.get(0).startsWith("#"));
    }

    private static int noteWords(TextClip clip, List<Integer> lines) {
        int n = 0;
        for (int i : lines) {
            n += TextClip.words(URL.matcher(clip.line(i)).replaceAll(" "));
        }
        return n;
    }
}
