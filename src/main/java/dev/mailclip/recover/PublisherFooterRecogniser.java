package dev.mailclip.recover;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The end of a clip: site furniture copied along with the article ("Related Articles", "Back to
 * top button", share and subscribe lines, copyright) is removed ({@link #isHeadFurniture} names what stands
 * above a title instead), and a short publisher line left
 * standing alone at the end ("Zero Hedges") is the site.
 */
final class PublisherFooterRecogniser implements TextRecogniser {
    private static final Pattern BOILERPLATE = Pattern.compile("(?iu)^(?:"
            + "related (?:articles?|posts?|stories|news|content|reading)|read (?:more|next|also)(?: on .{1,40})?"
            + "|more (?:from|on|in) .{1,40}|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?"
            + "|back to top(?: button)?|scroll to top|top of page|share(?: this)?(?: (?:article|story|post|page))?:?"
            + "|share (?:on|via) \\p{L}+|(?:tweet|email|print|facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest)"
            + "|subscribe(?: now| to .{1,40}| here)?|sign up(?: for .{1,40})?|(?:join|get) our newsletter|newsletter"
            + "|unsubscribe(?: .{1,40})?|manage (?:your )?(?:subscription|preferences)|(?:update|email) (?:your )?preferences"
            + "|view (?:it )?in (?:your )?browser|view online|(?:share )?read in (?:the )?app|open in (?:the )?app"
            + "|get the app|download (?:the|our) app|start writing|like comment restack|restack"
            + "|follow us(?: on .{1,40})?|like us on facebook|advertisement|sponsored(?: content)?|leave a (?:comment|reply)"
            + "|\\d* ?comments?|tags?:.{0,200}|filed under:?.{0,200}|categor(?:y|ies):.{0,200}|previous (?:article|post)"
            + "|next (?:article|post)|click here.{0,60}|copyright .{0,120}|© ?.{0,120}|all rights reserved\\.?"
            + "|posted in .{1,60}|load more|see (?:also|more)|cookie (?:settings|policy)"
            + ")$");
    /** what a page copied whole brings above its title: the skip link, the menu, the cookie banner */
    private static final Pattern HEAD_FURNITURE = Pattern.compile("(?iu)^(?:"
            + "(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|article)|(?:main )?menu|search|sign in|log in"
            + "|(?:sign in|log in) ?/ ?(?:register|sign up|subscribe)|subscribe|advertisement|accept(?: all)?(?: cookies)?"
            + "|(?:we|this (?:web)?site) uses? cookies\\b.{0,200}|cookie (?:settings|policy|preferences)"
            + ")$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?,:;\"“”]");
    private static final int MAX_FURNITURE = 12;
    /** compiled once: String.split compiles its regex at every call */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        for (int removed = 0; removed < MAX_FURNITURE; removed++) {
            List<Integer> last = clip.tail(1);
            if (last.isEmpty() || !isFurniture(clip.line(last.get(0)))) {
                break;
            }
            clip.use(last.get(0));
        }
        List<Integer> last = clip.tail(2);
        if (last.size() == 2) {
            int i = last.get(0);
            String line = clip.line(i).strip();
            // the body's words last: counting them is a pass over the whole text, the line's tests are not
            if (looksLikePublisher(line) && clip.blankAfter(last.get(1))
                    && (i == 0 || clip.line(i - 1).isBlank()) && clip.bodyWords() >= 80) {
                if (findings.claim(Field.SITE, line, "text:publisher-footer")) {
                    clip.use(i);
                }
            }
        }
    }

    static boolean isFurniture(String line) {
        String s = line.strip();
        return s.length() <= 220 && (BOILERPLATE.matcher(s).matches() || HEAD_FURNITURE.matcher(s).matches());
    }

    /** Site furniture that stands above a page's title when the page was copied whole. */
    static boolean isHeadFurniture(String line) {
        String s = line.strip();
        return s.length() <= 220 && HEAD_FURNITURE.matcher(s).matches();
    }

    /** "Zero Hedges", "Radio Habana Cuba": a few capitalised words, no sentence punctuation. */
    private static boolean looksLikePublisher(String s) {
        if (s.length() < 3 || s.length() > 40) {
            return false;
        }
        String[] words = WHITESPACE.split(s);
        if (words.length > 5 || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        return !SENTENCE_PUNCTUATION.matcher(s).find() && !DateReader.readLine(s, null).isPresent();
    }
}
