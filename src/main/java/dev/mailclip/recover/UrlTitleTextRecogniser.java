package dev.mailclip.recover;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL line and a title line above pasted text, in either order ("URL⏎title⏎⏎text", "title⏎URL⏎⏎text") or on
 * one line ("title - URL⏎⏎text"), and a mail-this bookmarklet's "title⏎URL⏎---⏎selection"; under a few lines of the
 * sender's own, set apart by a blank line, which are the note (a last line of theirs may end in the title it quotes:
 * "… pensé à toi : « title »⏎URL"). A title that a mail
 * client wrapped onto a second line is joined back. The rule under them is layout; the lines right under them,
 * the article's header ({@link HeaderUnderTitle}: its date, its byline).
 */
final class UrlTitleTextRecogniser implements TextRecogniser {
    /** "Title - https://…", "Title (https://…)", "Title <https://…>": the title and its URL on one line, no markdown */
    private static final Pattern TITLE_THEN_URL = Pattern.compile(
            "^([^\\[\\]#<>]{3,250}?)(?:\\s+[-–—|]\\s+<?|\\s*\\(\\s*|\\s*<)(https?://[^\\s<>()]{1,2000})\\s*[)>]?$");
    /** a sentence of the sender's ending in the title it quotes: "… pensé à toi : « Title »", "… this one: “Title”" */
    private static final Pattern QUOTED_TITLE = Pattern.compile("^(.{8,300}?[:：])\\s*" + Titles.QUOTED + "$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,3}[.)]|[-*•])\\s");
    /** A client wraps a long subject-like line near 72-78 columns: the first part is at least this long. */
    private static final int WRAPPED_LINE = 50;
    /** the most lines of the sender's own above the title and URL */
    private static final int NOTE_LINES = 3;
    /** a line of a note is shorter than this; a longer one is a paragraph of the mail's own */
    private static final int NOTE_LINE_CHARS = 120;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> head = clip.head(3);
        if (head.size() < 2) {
            return;
        }
        int first = head.get(0);
        int second = head.get(1);
        if (titleAndUrlLine(clip, first, context, findings)) {
            return;
        }
        String url = urlAlone(clip.line(first));
        if (url != null) {
            if (adjacent(first, second) && isTitle(clip.line(second))) {
                take(clip, url, first, second, -1, context, findings);
            }
            return;
        }
        url = urlAlone(clip.line(second));
        if (url != null && adjacent(first, second) && isTitle(clip.line(first))) {
            take(clip, url, second, first, -1, context, findings);
            return;
        }
        if (head.size() == 3) {
            int third = head.get(2);
            url = urlAlone(clip.line(third));
            String joined = clip.line(first).strip() + " " + clip.line(second).strip();
            if (url != null && adjacent(first, second) && adjacent(second, third)
                    && clip.line(first).strip().length() >= WRAPPED_LINE && Titles.looksLikeTitle(joined)
                    && matchesSubject(joined, context)) {
                take(clip, url, third, first, second, context, findings);
                return;
            }
        }
        recogniseUnderNote(clip, context, findings);
    }

    /**
     * "Thought you'd like this one!⏎⏎title⏎URL⏎⏎text": the title and its URL under a few short lines of the
     * sender's own, set apart from them by a blank line; those lines are the note. A line with a link of its own
     * is no note, and a title that shouts is an advertisement's.
     */
    private static void recogniseUnderNote(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> head = clip.head(NOTE_LINES + 2);
        for (int k = 1; k <= NOTE_LINES && k + 1 < head.size(); k++) {
            String noteLine = clip.line(head.get(k - 1));
            if (noteLine.contains("://") || noteLine.strip().length() > NOTE_LINE_CHARS) {
                return; // a link of its own, or a paragraph: no note over a clip
            }
            int titleAt = head.get(k);
            int urlAt = head.get(k + 1);
            String url = urlAlone(clip.line(urlAt));
            if (url != null && clip.line(titleAt - 1).isBlank() && adjacent(titleAt, urlAt)
                    && (urlAt + 1 == clip.size() || clip.line(urlAt + 1).isBlank())
                    && isTitle(clip.line(titleAt)) && !Titles.isLoud(clip.line(titleAt))
                    && !Bylines.startsWithBy(clip.line(titleAt))) {
                StringBuilder note = new StringBuilder();
                head.subList(0, k).forEach(j -> note.append(clip.line(j)).append('\n'));
                String[] quoted = quotedTitle(clip.line(titleAt));
                if (quoted != null) {
                    // "I thought of you: «Title»⏎URL": the person's words end in the quoted title
                    if (findings.claim(Field.URL, url, "clip:url-line")) {
                        findings.claim(Field.TITLE, quoted[1], "clip:quoted-title");
                        findings.note(HtmlText.tidy(note + "\n" + quoted[0]));
                        head.subList(0, k).forEach(clip::use);
                        clip.use(titleAt);
                        clip.use(urlAt);
                    }
                    return;
                }
                take(clip, url, urlAt, titleAt, -1, context, findings);
                if (findings.evidence(Field.URL, "clip:url-line")) {
                    findings.note(HtmlText.tidy(note.toString()));
                    head.subList(0, k).forEach(clip::use);
                }
                return;
            }
        }
    }

    /**
     * "Title - https://…⏎⏎text": the title and its URL on the clip's first line, text under them
     * ({@code clip:title-url-line}); the article's header may follow as under a title line.
     */
    private static boolean titleAndUrlLine(TextClip clip, int at, ClipContext context, Findings findings) {
        Matcher m = TITLE_THEN_URL.matcher(clip.line(at).strip());
        if (!m.matches() || findings.has(Field.URL) || findings.has(Field.TITLE)) {
            return false;
        }
        String title = m.group(1).strip();
        String url = UrlCleaner.clean(m.group(2));
        if (!isTitle(title) || Titles.isLoud(title) || !Hosts.isUrl(url)) {
            return false;
        }
        findings.claim(Field.URL, url, "clip:title-url-line");
        findings.claim(Field.TITLE, title, "clip:title-url-line");
        clip.use(at);
        clip.useRuleAfter(at);
        if (HeaderUnderTitle.standsUnder(clip, at, context)) {
            HeaderUnderTitle.read(clip, at, context, findings);
        }
        return true;
    }

    /** A sentence of the sender's and the title it ends in, quoted ("… pensé à toi :", "Title"); null for another line. */
    static String[] quotedTitle(String line) {
        Matcher m = QUOTED_TITLE.matcher(line.strip());
        return m.matches() ? new String[]{m.group(1).strip(), m.group(2).strip()} : null;
    }

    private static void take(TextClip clip, String url, int urlAt, int titleAt, int titleRestAt, ClipContext context,
                             Findings findings) {
        String title = clip.line(titleAt).strip() + (titleRestAt >= 0 ? " " + clip.line(titleRestAt).strip() : "");
        if (!findings.claim(Field.URL, url, "clip:url-line")) {
            return;
        }
        clip.use(urlAt);
        if (findings.claim(Field.TITLE, title, "clip:title-line")) {
            clip.use(titleAt);
            if (titleRestAt >= 0) {
                clip.use(titleRestAt);
            }
        }
        int last = Math.max(urlAt, Math.max(titleAt, titleRestAt));
        clip.useRuleAfter(last);
        boolean tight = last + 1 < clip.size() && !clip.isUsed(last + 1) && !clip.line(last + 1).isBlank();
        if (tight || HeaderUnderTitle.standsUnder(clip, last, context)) {
            // the article's header under them, right under or past a blank line: "title⏎URL⏎Wed 21 Feb 2024 00.01
            // GMT", "title⏎URL⏎⏎Von Jana Köhler⏎27. Februar 2024, 14:35 Uhr"
            HeaderUnderTitle.read(clip, last, context, findings);
        }
    }

    /** A title line; a host line under a URL is Reader View's text layout, read by {@link TextHeaderRecogniser}. */
    private static boolean isTitle(String line) {
        String s = line.strip();
        return Titles.looksLikeTitle(s) && !Hosts.isBareHost(s) && !s.contains("<http") && !LIST_ITEM.matcher(s).lookingAt();
    }

    private static boolean matchesSubject(String title, ClipContext context) {
        String subject = Titles.fromSubject(context.subject());
        return subject == null || subject.equalsIgnoreCase(title) || SubjectTitles.isOwnWords(subject);
    }

    private static boolean adjacent(int a, int b) {
        return b == a + 1;
    }

    private static String urlAlone(String line) {
        String s = line.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return Hosts.isUrl(s) ? UrlCleaner.clean(s) : null;
    }
}
