package dev.mailclip.recover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shared link: a short message whose one link is what the person saved. A phone's share sheet
 * sends the URL alone (then a device line, "Sent from my iPhone", which stays in the text), a desktop
 * "Email link" the URL or "title⏎URL", an app "URL via @app", and a person a sentence around the URL
 * ("Found the article I mentioned at lunch: URL"). The URL is claimed; a title line beside it is the
 * title; the person's words are the note. A message with more than one link, or more words than a
 * note, is no share.
 */
public final class ShareRecogniser implements TextRecogniser {
    static final String ALONE = "share:url-alone";
    static final String WITH_TITLE = "share:title-and-url";
    static final String IN_NOTE = "share:url-in-note";

    private static final int MAX_LINES = 12;
    private static final int MAX_NOTE_WORDS = 40;
    /** A person's words about a link fit in a few lines; an advertisement runs to a column of them. */
    private static final int MAX_NOTE_LINES = 3;
    private static final Pattern URL = Pattern.compile("(?i)<?(https?://[^\\s<>\"]{1,2000})>?");
    /** "URL: …" is a gateway's labelled line, read by {@link LabelledLinesRecogniser}, not a share. */
    private static final Pattern LABELLED_URL = Pattern.compile("(?i)^(?:url|link|source|original)\\s*:\\s*<?https?://.*");
    private static final Pattern RULE = Pattern.compile("^[-_=—–*]{3,}$");
    private static final Pattern DEVICE_WORD = Pattern.compile(
            "(?iu)\\b(?:iphone|ipad|android|galaxy|samsung|pixel|huawei|xiaomi|blackberry|outlook|yahoo mail|aol mail|"
            + "gmail|proton ?mail|fastmail|k-9 mail|fairemail|spark|airmail|mobile)");
    private static final Pattern VIA_APP = Pattern.compile("(?i)\\s+(via @[\\w.-]{1,40})\\s*$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?'\"»”’)\\]]+$");
    /** "Sent from my iPhone" and its kin, in the languages the phones ship in: furniture, not words. */
    private static final Pattern DEVICE_LINE = Pattern.compile("(?iu)^(?:"
            + "sent (?:from|with|via|using) .{1,50}|get outlook for .{1,30}|"
            + "von meinem .{1,40} gesendet|gesendet (?:von|mit) .{1,40}|"
            + "envoyé (?:de|depuis) (?:mon|ma) .{1,40}|"
            + "enviado (?:desde|de|do) (?:mi|meu|o meu|a minha) .{1,40}|"
            + "inviato da .{1,40}|verzonden (?:met|vanaf) .{1,40}|verstuurd (?:met|vanaf) .{1,40}|"
            + "skickat från .{1,40}|sendt fra .{1,40}|lähetetty .{1,40}|wysłane z .{1,40}|"
            + "отправлено (?:с|из) .{1,40}|.{1,20}から送信|发自我的.{1,20}|從我的.{1,20}傳送"
            + ")$");

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> lines = clip.head(MAX_LINES + 1);
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
            if (RULE.matcher(line).matches() && !urls.isEmpty()) {
                break; // a bookmarklet's rule: the selection from the page follows, and stays the text
            }
            if (isDeviceLine(line)) {
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
        if (urls.size() != 1) {
            return;
        }
        String url = urls.iterator().next();
        if (!Hosts.isUrl(url) || words.size() > MAX_NOTE_LINES + 1 || noteWords(clip, words) > MAX_NOTE_WORDS) {
            return;
        }
        read(clip, words, url, context, findings);
    }

    private static void read(TextClip clip, List<Integer> lines, String url, ClipContext context, Findings findings) {
        List<String> note = new ArrayList<>();
        String title = null;
        int titleAt = -1;
        for (int i : lines) {
            String line = clip.line(i).strip();
            Matcher via = VIA_APP.matcher(line);
            if (via.find()) {
                note.add(via.group(1));
                line = line.substring(0, via.start());
            }
            String rest = URL.matcher(line).replaceAll(" ").strip();
            if (!rest.isEmpty() && isTitle(rest, line, url, context)) {
                title = rest;
                titleAt = i;
            } else if (!rest.isEmpty()) {
                note.add(clip.line(i).strip());
            }
        }
        if (title != null && !note.isEmpty()) {
            // words beside the link besides the title: the title line was the person's words too
            note.add(0, clip.line(titleAt).strip());
            title = null;
        }
        String evidence = title != null ? WITH_TITLE : note.isEmpty() || onlyApp(note) ? ALONE : IN_NOTE;
        if (!findings.claim(Field.URL, url, evidence)) {
            return;
        }
        findings.claim(Field.TITLE, title, "share:title-line");
        findings.note(String.join("\n", note));
        for (int i : lines) {
            clip.use(i);
        }
        int after = lines.isEmpty() ? -1 : clip.next(lines.get(lines.size() - 1));
        if (after >= 0 && RULE.matcher(clip.line(after).strip()).matches()) {
            clip.use(after);
        }
    }

    /**
     * A line of words beside the link is its title when it reads as one (short, no closing full stop,
     * not the person's label for the save) and the message says so: the subject is empty or a label,
     * or is that line, or the line's words are the link's.
     */
    private static boolean isTitle(String words, String line, String url, ClipContext context) {
        if (!Titles.looksLikeTitle(words) || SubjectTitles.isOwnWords(words) || words.endsWith(":")) {
            return false;
        }
        if (!line.startsWith(words) && line.indexOf(words) > 0 && !line.endsWith(words)) {
            return false; // words on both sides of the link: a sentence
        }
        String subject = Titles.fromSubject(context.subject());
        if (subject != null && subject.equalsIgnoreCase(words) || SubjectTitles.matchesUrl(words, url)) {
            return true;
        }
        // no subject to confirm it: a link whose path has words of its own must share some with a title
        return (subject == null || SubjectTitles.isOwnWords(subject)) && !SubjectTitles.hasWordyPath(url);
    }

    /**
     * "Sent from my iPhone" and its kin: the known phrasings, or any short line that names a device or
     * a mail app and is no sentence ("iPhone'umdan gönderildi", "Odesláno z iPhonu").
     */
    static boolean isDeviceLine(String line) {
        return DEVICE_LINE.matcher(line).matches()
                || line.length() <= 60 && TextClip.words(line) <= 6 && DEVICE_WORD.matcher(line).find()
                && !line.endsWith(".") && !line.contains("://");
    }

    private static boolean onlyApp(List<String> note) {
        return note.size() == 1 && note.get(0).startsWith("via @");
    }

    private static int noteWords(TextClip clip, List<Integer> lines) {
        int n = 0;
        for (int i : lines) {
            n += TextClip.words(URL.matcher(clip.line(i)).replaceAll(" "));
        }
        return n;
    }
}
