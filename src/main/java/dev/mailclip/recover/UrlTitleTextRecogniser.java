package dev.mailclip.recover;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A URL line and a title line above pasted text, in either order: "URL⏎title⏎⏎text",
 * "title⏎URL⏎⏎text", and a mail-this bookmarklet's "title⏎URL⏎---⏎selection". A title that a mail
 * client wrapped onto a second line is joined back. The rule under them is layout; the lines right under them,
 * the article's header ({@link HeaderUnderTitle}: its date, its byline).
 */
final class UrlTitleTextRecogniser implements TextRecogniser {
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,3}[.)]|[-*•])\\s");
    /** A client wraps a long subject-like line near 72-78 columns: the first part is at least this long. */
    private static final int WRAPPED_LINE = 50;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> head = clip.head(3);
        if (head.size() < 2) {
            return;
        }
        int first = head.get(0);
        int second = head.get(1);
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
            }
        }
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
