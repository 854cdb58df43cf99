package dev.mailclip.recover;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a plain-text clip, as Reader View's copy (or Gmail's text rendering of it) lays it
 * out: the sender's note, a URL line, a host line ("english.almayadeen.net", or
 * "host &lt;url&gt;", or Outlook's "host&lt;url&gt;"), the title, a byline, a dateline or reading time, a rule
 * of dashes. Without a host line, the first line (or the first under the URL line, the skip link or the cookie
 * banner) that reads as a title (short, no closing full stop, set apart by a blank line or followed by its header)
 * is the title, or a title a few lines down with its header tight under it, or the line under a site's or section's
 * name set over the title. {@link HeaderUnderTitle} reads the header.
 */
final class TextHeaderRecogniser implements TextRecogniser {
    /** Gmail's text rendering of a link, "host &lt;url&gt;"; Outlook's leaves out the space: "host&lt;url&gt;" */
    private static final Pattern HOST_WITH_URL = Pattern.compile("^([^\\s<]{4,253})\\s*<(https?://[^\\s<>]{1,2000})>$");
    private static final int HEAD = 12;
    /** the most lines of the sender's own (or a page's) above a title with its header */
    private static final int NOTE_LINES = 5;
    /** the most lines of a page's furniture passed over above its title */
    private static final int HEAD_FURNITURE_LINES = 6;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> head = clip.head(HEAD);
        int hostAt = -1;
        String hostShown = null;
        for (int k = 0; k < head.size() && k < 8; k++) {
            int i = head.get(k);
            String line = clip.line(i).strip();
            if (Hosts.isUrl(line)) {
                if (findings.claim(Field.URL, UrlCleaner.clean(line), "text:url-line")) {
                    clip.use(i);
                }
                continue;
            }
            Matcher hu = HOST_WITH_URL.matcher(line);
            if (hu.matches() && Hosts.isBareHost(hu.group(1))) {
                findings.claim(Field.URL, UrlCleaner.clean(hu.group(2)), "text:host-link");
                hostAt = i;
                hostShown = hu.group(1);
                break;
            }
            if (Hosts.isBareHost(line) && titleUnder(clip, i)) {
                hostAt = i;
                hostShown = line;
                break;
            }
            // a host under the title ("title⏎DN.se⏎URL⏎Av Johanna Berg⏎date") is read with the header below
        }
        int titleAt;
        boolean underName = false;
        if (hostAt >= 0) {
            String host = Hosts.withoutWww(hostShown.toLowerCase(Locale.ROOT));
            findings.claim(Field.SITE, host, "text:host-line");
            noteAbove(clip, hostAt, findings);
            clip.use(hostAt);
            titleAt = clip.next(hostAt);
        } else {
            // the first line, or the first under the URL line(s) taken above ("URL⏎⏎title⏎byline⏎date"),
            // or under the skip link and cookie banner of a page copied whole
            titleAt = head.stream().filter(i -> !clip.isUsed(i)).findFirst().orElse(-1);
            for (int k = 0; k < HEAD_FURNITURE_LINES && titleAt >= 0
                    && PublisherFooterRecogniser.isHeadFurniture(clip.line(titleAt)); k++) {
                clip.use(titleAt);
                titleAt = clip.next(titleAt);
            }
            if (titleAt >= 0 && HeaderUnderTitle.nameLineAbove(clip, titleAt, context)) {
                // a site's name or a section's over the title ("The Guardian⏎title⏎By …⏎date"): which of the
                // two it is cannot be told, so it is no site, and it stays in the text
                titleAt = clip.next(titleAt);
                underName = true;
            }
            int first = titleAt;
            if (titleAt >= 0 && (!Titles.looksLikeTitle(clip.line(titleAt)) || !clip.blankAfter(titleAt)
                    && !HeaderUnderTitle.standsUnder(clip, titleAt, context))) {
                titleAt = -1;
            }
            // under a few lines of the sender's own ("Saw this on NOS this morning."): a title with its whole header
            for (int k = 0, j = first < 0 ? -1 : clip.next(first); titleAt < 0 && k < NOTE_LINES && j >= 0; k++, j = clip.next(j)) {
                // set apart from the lines above, and no blank line between it and its header
                if (clip.line(j - 1).isBlank() && j + 1 < clip.size() && !clip.line(j + 1).isBlank()
                        && Titles.looksLikeTitle(clip.line(j))
                        && !Bylines.startsWithBy(clip.line(j)) && HeaderUnderTitle.standsUnder(clip, j, context)) {
                    // the lines above stay in the text: whose words they are cannot be told
                    titleAt = j;
                }
            }
        }
        if (titleAt < 0 || !Titles.looksLikeTitle(clip.line(titleAt))) {
            return;
        }
        String evidence = hostAt >= 0 ? "text:title-line" : underName ? "text:first-line:under-name" : "text:first-line";
        if (findings.claim(Field.TITLE, clip.line(titleAt).strip(), evidence)) {
            clip.use(titleAt);
        } else if (findings.value(Field.TITLE) != null
                && findings.value(Field.TITLE).equalsIgnoreCase(clip.line(titleAt).strip())) {
            clip.use(titleAt);
        } else {
            return;
        }
        HeaderUnderTitle.read(clip, titleAt, context, findings);
    }

    /** Whether a line (stripped) is a host line or a host with its link, as Reader View's text layout begins. */
    static boolean mayBeHostLine(String line) {
        if (Hosts.isBareHost(line)) {
            return true;
        }
        Matcher hu = HOST_WITH_URL.matcher(line);
        return hu.matches() && Hosts.isBareHost(hu.group(1));
    }

    /** Whether a title stands under the host line (past a URL line), as in Reader View's layout. */
    private static boolean titleUnder(TextClip clip, int hostAt) {
        int j = clip.next(hostAt);
        while (j >= 0 && Hosts.isUrl(clip.line(j).strip())) {
            j = clip.next(j);
        }
        return j >= 0 && Titles.looksLikeTitle(clip.line(j)) && !Bylines.startsWithBy(clip.line(j));
    }

    /** The lines above the URL/host line are the sender's own words. */
    private static void noteAbove(TextClip clip, int hostAt, Findings findings) {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < hostAt; i++) {
            if (!clip.isUsed(i)) {
                note.append(clip.line(i)).append('\n');
                clip.use(i);
            }
        }
        findings.note(HtmlText.tidy(note.toString()));
    }
}
