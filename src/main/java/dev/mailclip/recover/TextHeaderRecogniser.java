package dev.mailclip.recover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of a plain-text clip, as Reader View's copy (or Gmail's text rendering of it) lays it
 * out: the sender's note, a URL line, a host line ("english.almayadeen.net", or
 * "host &lt;url&gt;", or Outlook's "host&lt;url&gt;"), the title, a byline, a dateline or reading time, a rule
 * of dashes. Without a host line, the first line (or the first under the URL line) that reads as a title
 * (short, no closing full stop, set apart by a blank line or followed by a dateline) is the title.
 */
final class TextHeaderRecogniser implements TextRecogniser {
    /** Gmail's text rendering of a link, "host &lt;url&gt;"; Outlook's leaves out the space: "host&lt;url&gt;" */
    private static final Pattern HOST_WITH_URL = Pattern.compile("^([^\\s<]{4,253})\\s*<(https?://[^\\s<>]{1,2000})>$");
    private static final Pattern RULE = Pattern.compile("^[-_=—–]{5,}$");
    private static final int HEAD = 12;

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
            if (Hosts.isBareHost(line)) {
                hostAt = i;
                hostShown = line;
                break;
            }
        }
        int titleAt;
        if (hostAt >= 0) {
            String host = Hosts.withoutWww(hostShown.toLowerCase(Locale.ROOT));
            findings.claim(Field.SITE, host, "text:host-line");
            noteAbove(clip, hostAt, findings);
            clip.use(hostAt);
            titleAt = clip.next(hostAt);
        } else {
            // the first line, or the first under the URL line(s) taken above ("URL⏎⏎title⏎byline⏎date")
            titleAt = head.stream().filter(i -> !clip.isUsed(i)).findFirst().orElse(-1);
            if (titleAt >= 0 && (!Titles.looksLikeTitle(clip.line(titleAt)) || !clip.blankAfter(titleAt)
                    && !isMetaLine(clip, clip.next(titleAt), context) && !bylineThenDate(clip, clip.next(titleAt), context))) {
                titleAt = -1;
            }
        }
        if (titleAt < 0 || !Titles.looksLikeTitle(clip.line(titleAt))) {
            return;
        }
        String evidence = hostAt >= 0 ? "text:title-line" : "text:first-line";
        if (findings.claim(Field.TITLE, clip.line(titleAt).strip(), evidence)) {
            clip.use(titleAt);
        } else if (findings.value(Field.TITLE) != null
                && findings.value(Field.TITLE).equalsIgnoreCase(clip.line(titleAt).strip())) {
            clip.use(titleAt);
        } else {
            return;
        }
        readByAndDateLines(clip, titleAt, context, findings);
    }

    /** After the title: up to two byline lines, then a date or reading time, then a rule. */
    private static void readByAndDateLines(TextClip clip, int titleAt, ClipContext context, Findings findings) {
        int i = clip.next(titleAt);
        int metaAt = -1;
        for (int k = 0, j = i; k < 3 && j >= 0; k++, j = clip.next(j)) {
            if (isMetaLine(clip, j, context)) {
                metaAt = j;
                break;
            }
        }
        if (metaAt >= 0) {
            String host = Hosts.of(findings.value(Field.URL));
            if (host == null && findings.value(Field.SITE) != null) {
                host = findings.value(Field.SITE);
            }
            for (int j = i; j >= 0 && j < metaAt; j = clip.next(j)) {
                String name = Bylines.clean(clip.line(j));
                boolean siteName = Hosts.nameMatches(name, host) && !Bylines.looksLikePerson(name);
                if (name != null && name.length() <= 100 && !siteName) {
                    findings.claim(Field.AUTHOR, name, "text:byline");
                }
                clip.use(j);
            }
            // the meta lines: a date and/or a reading time, in either order
            for (int j = metaAt; j >= 0 && isMetaLine(clip, j, context); j = clip.next(j)) {
                Optional<FoundDate> date = DateReader.readDateline(clip.line(j), context.mailDay());
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

    /** "By Jane Doe" and a dateline under it: what stands under a title. */
    private static boolean bylineThenDate(TextClip clip, int i, ClipContext context) {
        return i >= 0 && Bylines.startsWithBy(clip.line(i)) && isMetaLine(clip, clip.next(i), context);
    }

    private static boolean isMetaLine(TextClip clip, int i, ClipContext context) {
        if (i < 0) {
            return false;
        }
        String line = clip.line(i).strip();
        return ReadingTime.is(line) || DateReader.readDateline(line, context.mailDay()).isPresent();
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
