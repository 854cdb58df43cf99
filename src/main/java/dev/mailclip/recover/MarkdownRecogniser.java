package dev.mailclip.recover;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clip copied as markdown, known by its first {@code #} heading, which is the title (its emphasis removed); a
 * link alone on a line ({@code <https://…>} or {@code [text](https://…)}) is the URL (trailing
 * first: that is where clippers put it), a bold line alone ({@code **Radio Habana Cuba**}) near
 * the end or top is the publisher, and rules ({@code ---}) are layout.
 */
final class MarkdownRecogniser implements TextRecogniser {
    private static final Pattern HEADING = Pattern.compile("^#{1,2}\\s+(.{1,300}?)\\s*#*$");
    private static final Pattern AUTOLINK = Pattern.compile("^<(https?://[^\\s<>]{1,2000})>$");
    private static final Pattern INLINE_LINK = Pattern.compile("^\\[[^\\]]{0,300}]\\((https?://[^\\s()]{1,2000})\\)$");
    /** a link whose text is the title: "[Title](https://…)", alone on a line or as a heading's text */
    private static final Pattern TITLE_LINK = Pattern.compile("^\\[([^\\]]{3,300})]\\((https?://[^\\s()]{1,2000})\\)$");
    private static final Pattern BOLD_LINE = Pattern.compile("^(?:\\*\\*|__)([^*_]{2,80})(?:\\*\\*|__)$");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");
    private static final int EDGE = 8;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        boolean markdown = false;
        for (int i : clip.head(EDGE)) {
            Matcher h = HEADING.matcher(clip.line(i).strip());
            if (h.matches()) {
                markdown = true;
                Matcher linked = TITLE_LINK.matcher(stripEmphasis(h.group(1)));
                if (linked.matches()) {
                    // "# [Title](https://…)": the heading links to the article
                    if (findings.claim(Field.TITLE, stripEmphasis(linked.group(1)), "markdown:h1")
                            & findings.keeps(Field.URL, UrlCleaner.clean(linked.group(2)), "markdown:heading-link")) {
                        clip.use(i);
                    }
                } else if (findings.claim(Field.TITLE, stripEmphasis(h.group(1)), "markdown:h1")) {
                    clip.use(i);
                }
                break;
            }
        }
        if (!markdown) {
            // without a heading, a link alone near the end is as likely an image or a related link
            // of a Reader View copy as the clip's address: the other recognisers read such text
            titleLink(clip, findings);
            return;
        }
        for (int i : clip.tail(EDGE)) {
            String line = clip.line(i).strip();
            String url = linkAlone(line);
            if (url != null && findings.claim(Field.URL, UrlCleaner.clean(url), "markdown:trailing-url")) {
                clip.use(i);
            }
        }
        for (int i : clip.head(EDGE)) {
            String url = linkAlone(clip.line(i).strip());
            if (url != null && findings.claim(Field.URL, UrlCleaner.clean(url), "markdown:leading-url")) {
                clip.use(i);
            }
        }
        for (int i : clip.tail(3)) {
            Matcher b = BOLD_LINE.matcher(clip.line(i).strip());
            if (b.matches() && findings.claim(Field.SITE, b.group(1).strip(), "markdown:bold-line")) {
                clip.use(i);
                markdown = true;
                break;
            }
        }
        if (markdown) {
            for (int i = 0; i < clip.size(); i++) {
                if (RULE.matcher(clip.line(i).strip()).matches()) {
                    clip.use(i);
                }
            }
        }
    }

    /**
     * A first line that is a link whose text reads as a title, above the text ("[Title](https://…)⏎⏎text"): the
     * title and the URL, as a URL and title line above pasted text ({@code markdown:title-link}).
     */
    private static void titleLink(TextClip clip, Findings findings) {
        List<Integer> first = clip.head(1);
        if (first.isEmpty() || findings.has(Field.TITLE) || findings.has(Field.URL)) {
            return;
        }
        Matcher m = TITLE_LINK.matcher(clip.line(first.get(0)).strip());
        if (!m.matches()) {
            return;
        }
        String title = stripEmphasis(m.group(1));
        if (Titles.looksLikeTitle(title) && findings.claim(Field.TITLE, title, "markdown:title-link")
                && findings.claim(Field.URL, UrlCleaner.clean(m.group(2)), "markdown:title-link")) {
            clip.use(first.get(0));
        }
    }

    /** Whether a line (stripped) is a heading whose text is a link: "# [Title](https://…)". */
    static boolean headingLink(String line) {
        Matcher h = HEADING.matcher(line);
        return h.matches() && TITLE_LINK.matcher(stripEmphasis(h.group(1))).matches();
    }

    static String linkAlone(String line) {
        Matcher a = AUTOLINK.matcher(line);
        if (a.matches()) {
            return a.group(1);
        }
        Matcher l = INLINE_LINK.matcher(line);
        return l.matches() ? l.group(1) : null;
    }

    /** "*Title*", "**Title**", "_Title_" → "Title". */
    static String stripEmphasis(String s) {
        String t = s.strip();
        while (t.length() > 2 && (t.startsWith("*") && t.endsWith("*") || t.startsWith("_") && t.endsWith("_"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
