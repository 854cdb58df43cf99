package dev.mailclip.recover;

import dev.mailclip.mail.MailSignals;

import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Article or ordinary mail, decided in one place from everything known about a message, and why:
 * {@link #kind()} names the shape that made it an article ({@code reader-view}, {@code share:url-alone},
 * {@code feed-item}, ...) or the reason it stays mail ({@code mail:calendar}, {@code mail:no-clip}, ...).
 * <p>
 * Like Readability's "is this page readerable?", it is a separate, small decision. The recognisers only
 * claim fields with evidence; this reads the evidence and the mail's signals in a fixed order:
 * <ol>
 *   <li>a mail a filter or Gmail called spam, a calendar invitation or an automatic reply is mail;</li>
 *   <li>a strong shape is an article whoever sent it: Reader View markup or its text layout with a dateline, a page's own
 *       metadata (unless the mail is list, bulk or a service mailbox's: then it is its own web version), a feed item,
 *       labelled URL lines, a markdown clip with heading and link;</li>
 *   <li>a reply, list or bulk mail, or mail from a service mailbox (noreply@, orders@, security@) is mail;</li>
 *   <li>a page attached to a person's message is an article ({@code page:attached});</li>
 *   <li>a weak shape is an article unless its text reads like promotion, machine mail or a conversation, or
 *       its link is no article's (a bare IP, a front page, an unsubscribe or list page): Reader View's text
 *       layout without a dateline, a shared link (alone, with its title, or in the person's own words),
 *       a URL and title above pasted text (or markdown's "[Title](URL)" line), or titled prose long enough to be
 *       an article from someone keeping it for themselves (sent to themselves, or forwarded);</li>
 *   <li>anything else is mail ({@code mail:no-clip}).</li>
 * </ol>
 * A false article is worse than an ordinary mail: every weak shape is refused by any sign of machine mail.
 */
public record Verdict(boolean article, String kind) {
    /** Fewer words than this, and prose with nothing but a title-like first line is an ordinary message. */
    static final int MIN_PROSE_WORDS = 120;
    /** Fewer words than this under a title with its date and byline or URL, and it is no article kept reading. */
    static final int MIN_HEADED_PROSE_WORDS = 40;

    /** What only mail sent by a machine or a list says of itself. */
    static final Pattern MACHINE = Pattern.compile("(?iu)\\b(?:unsubscribe|opt[- ]?out|to be removed|"
            + "remove (?:you|your|me|yourself)\\b|mailing list|this (?:e-?mail|message) (?:is|was) sent|"
            + "automated (?:response|reply|message)|auto-?reply|out of (?:the )?office|do not reply|don't reply|"
            + "this is an automatic|(?:stop|to stop) rece?i?e?ving|remove (?:from|yourself)|your e-?mail (?:program|client|software) "
            + "(?:does not|doesn't))");
    /** What account, order and delivery mail says: a short message saying it is no one's clip. */
    private static final Pattern TRANSACTIONAL = Pattern.compile("(?iu)\\b(?:your (?:account|order|password|"
            + "subscription|payment|package|parcel|delivery|booking|reservation|invoice|receipt|statement)|"
            + "verification code|security (?:alert|code)|new sign-?in|signed in|sign-?in attempt|has (?:been )?shipped|"
            + "tracking (?:number|link)|order (?:number|#|no\\.)|confirm your|reset your)");
    /** Below this many words, a transactional phrase makes the message a transaction, not a clip. */
    private static final int SHORT_TEXT_WORDS = 150;
    /** The language of selling: a few times in a long article, but dense in an advertisement. */
    static final Pattern SALES = Pattern.compile("(?iu)\\b(?:click here|not (?:a )?spam|"
            + "100% (?:free|guaranteed|satisfaction)|act now|order now|limited time|free trial|credit card|money back|"
            + "guaranteed|risk[- ]free|special offer|no obligation|call now|earn \\$|\\$\\d[\\d,]*(?:\\.\\d\\d)?)");
    /** An advertisement: a selling phrase per this many words of text, or more. */
    private static final int WORDS_PER_SALES_PHRASE = 150;
    /** Above this many words, one selling phrase alone is not an advertisement. */
    private static final int ONE_PHRASE_WORDS = 100;
    /** A conversation or a letter: a quoted attribution line, an Outlook original-message rule, quoted lines, "Dear ...", "… 様". */
    static final Pattern CONVERSATION = Pattern.compile(
            "(?im)(?:\\bwrote:[ \\t]*$|^-{2,}[ \\t]*original message[ \\t]*-{2,}|^>.*\\n>|^[ \\t]*(?:hello )?dear\\b|^[ \\t]*attn\\b"
            // Chinese, Japanese and Korean letters open with the reader's name and an honorific, or "Dear"
            + "|^[ \\t]*(?:" + Titles.CJK_SALUTATION + "))");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");
    /*
     * What each phrase pattern above cannot match without: the words of its phrases as FoldedWords sees them (case
     * folded as the regex folds it, white space passed over), each a cheap look through a text before its regex,
     * whose case-insensitive alternatives tried at every character cost ten times as much. VerdictPhrasesTest holds
     * each look to its regex: it never says no where the regex finds a phrase.
     */
    private static final FoldedWords MACHINE_WORDS = new FoldedWords(java.util.List.of("unsubscribe", "optout", "opt-out",
            "toberemoved", "removeyou", "removeme", "removefrom", "mailinglist", "thisemail", "thise-mail", "thismessage",
            "automated", "autoreply", "auto-reply", "outofoffice", "outoftheoffice", "donotreply", "don'treply",
            "thisisanautomatic", "stoprec", "youremail", "youre-mail"));
    private static final FoldedWords SALES_WORDS = new FoldedWords(java.util.List.of("clickhere", "notspam", "notaspam", "100%",
            "actnow", "ordernow", "limitedtime", "freetrial", "creditcard", "moneyback", "guaranteed", "riskfree",
            "risk-free", "specialoffer", "noobligation", "callnow", "earn$", "$0", "$1", "$2", "$3", "$4", "$5", "$6",
            "$7", "$8", "$9"));
    /** {@link #CONVERSATION}'s words; its quoted lines need a '>', its CJK salutations one of {@link #CJK_MARKS} */
    private static final FoldedWords CONVERSATION_WORDS = new FoldedWords(java.util.List.of("wrote:", "originalmessage", "dear",
            "attn"));
    private static final String CJK_MARKS = "尊亲親您様さ殿님";
    /** More capitals than this among a text's letters is shouting: advertising, not a person's words. */
    private static final double SHOUTING = 0.35;

    static Verdict article(String kind) {
        return new Verdict(true, kind);
    }

    static Verdict mail(String kind) {
        return new Verdict(false, kind);
    }

    /** What the verdict reads of the clip's body beyond the claims. */
    static final class Body {
        private final IntSupplier countWords;
        private int words = -1;
        private final String text;

        /**
         * @param countWords counts the words of text left after the recognisers took their lines: only when
         *                   asked for, as most mail is decided without them
         * @param text       the whole text, for the phrases of promotional and machine mail
         */
        Body(IntSupplier countWords, String text) {
            this.countWords = countWords;
            this.text = text;
        }

        int words() {
            if (words < 0) {
                words = countWords.getAsInt();
            }
            return words;
        }

        /** Machine phrases, dense selling, shouting, or a conversation's quoting: no kept clip. */
        boolean unlikeClip() {
            if (text == null) {
                return false;
            }
            int all = Math.max(words(), TextClip.readingWords(text)); // the whole text's, taken lines included
            return mayBeMachine(text) && MACHINE.matcher(text).find()
                    || mayConverse(text) && CONVERSATION.matcher(text).find() || selling(text, all)
                    || shouting(text) || all < SHORT_TEXT_WORDS && TRANSACTIONAL.matcher(text).find();
        }

        static boolean mayBeMachine(String text) {
            return MACHINE_WORDS.scan().feed(text);
        }

        static boolean maySell(String text) {
            return SALES_WORDS.scan().feed(text);
        }

        static boolean mayConverse(String text) {
            if (text.indexOf('>') >= 0 || CONVERSATION_WORDS.scan().feed(text)) {
                return true;
            }
            for (int i = 0; i < CJK_MARKS.length(); i++) {
                if (text.indexOf(CJK_MARKS.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean selling(String text, int words) {
            if (!maySell(text)) {
                return false;
            }
            Matcher m = SALES.matcher(text);
            int phrases = 0;
            while (m.find() && phrases < 50) {
                phrases++;
            }
            // one price or "guaranteed" in an article-length text is reporting, not selling
            return phrases >= (words > ONE_PHRASE_WORDS ? 2 : 1) && phrases * WORDS_PER_SALES_PHRASE >= words;
        }

        private static boolean shouting(String text) {
            // a link's capitals are its site's encoding (Google News's base64 paths), not the sender's voice
            return Titles.shouts(text.contains("://") ? LINK.matcher(text).replaceAll(" ") : text, 20, SHOUTING);
        }
    }

    static Verdict decide(Findings f, ClipContext context, Body body) {
        MailSignals s = context.signals();
        String strong = strongShape(f, context);
        if (context.source() == ClipContext.Source.LOOSE_FILE) {
            return article(strong != null ? strong : "file");
        }
        if (s.spamLabelled()) {
            return mail("mail:spam");
        }
        if (s.calendar()) {
            return mail("mail:calendar");
        }
        if (s.automated()) {
            return mail("mail:automated");
        }
        if (strong != null) {
            return article(strong);
        }
        if (s.reply()) {
            return mail("mail:reply");
        }
        if (s.bulk()) {
            return mail("mail:bulk");
        }
        if (s.roleSender()) {
            return mail("mail:service");
        }
        String weak = weakShape(f, s, body, context);
        return weak != null ? article(weak) : mail("mail:no-clip");
    }

    /**
     * The cheap gate before the text recognisers: true when nothing they could claim from this text would
     * make the message an article, so they need not run and its verdict is the mail's own. Kept exact by
     * {@code RecoveryGateTest}. It holds for a message (not a loose file) whose HTML gave no body and:
     * <ul>
     *   <li>that a filter called spam, a calendar invitation or an automatic reply: mail whatever it holds;</li>
     *   <li>a reply, list or bulk mail or a service mailbox's, with no strong shape from its HTML, whose text has
     *       none of the lines the text's strong shapes stand on ({@link #mayHoldStrongTextShape}): such mail
     *       is an article only by a strong shape;</li>
     *   <li>in a body, not sent to oneself (nor forwarded), with no strong shape from its HTML, whose text has
     *       no http(s) link and no line that is only a host name, under a subject that is no link: every shape the
     *       text recognisers give such a message stands on one of those (strong: Reader View's text layout under
     *       its host line or link, labelled URL lines, a markdown link; weak: the same layout, a shared link, a URL
     *       above a titled text, a link shared as the subject), and the prose shapes need a message sent to
     *       oneself.</li>
     * </ul>
     *
     * @param tidy the message's text as {@link HtmlText#tidy} makes it: the text recognisers' lines
     */
    static boolean textCannotMakeAnArticle(Findings f, ClipContext context, String tidy) {
        MailSignals s = context.signals();
        if (context.source() == ClipContext.Source.LOOSE_FILE || f.text() != null) {
            return false;
        }
        if (s.spamLabelled() || s.calendar() || s.automated()) {
            return true;
        }
        if (strongShape(f, context) != null) {
            return false;
        }
        if (s.reply() || s.bulk() || s.roleSender()) {
            return !mayHoldStrongTextShape(tidy);
        }
        return context.source() == ClipContext.Source.MESSAGE_BODY && !s.selfSent() && !mayHoldLinkOrHostLine(tidy)
                && ShareRecogniser.subjectUrl(context.subject()) == null;
    }

    /**
     * Whether a line of the text could give one of the text's strong shapes: a host line or a host with its link
     * (Reader View's text layout), a labelled URL line, a front matter's fence, a markdown link alone on its line
     * or as a heading's text.
     * Each stands on a line that is only host characters, holds "http", or is "---": only those are read.
     */
    static boolean mayHoldStrongTextShape(String text) {
        HttpAhead http = new HttpAhead(text);
        return anyLine(text, (from, to) -> {
            if (!hostCharsOnly(text, from, to) && !http.within(from, to)
                    && !(to - from == 3 && text.startsWith("---", from))) {
                return false;
            }
            String line = text.substring(from, to);
            return TextHeaderRecogniser.mayBeHostLine(line) || LabelledLinesRecogniser.labelsUrl(line)
                    || FrontMatterRecogniser.isFence(line) || MarkdownRecogniser.linkAlone(line) != null
                    || MarkdownRecogniser.headingLink(line);
        });
    }

    /** An "http" in any case, or a line that, stripped, is a host name ({@link Hosts#isBareHost}). */
    static boolean mayHoldLinkOrHostLine(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'h' || c == 'H') && text.regionMatches(true, i, "http", 0, 4)) {
                return true;
            }
        }
        return anyLine(text, (from, to) -> hostCharsOnly(text, from, to) && Hosts.isBareHost(text.substring(from, to)));
    }

    /** A line's bounds in a text, without its white space at either end. */
    private interface LineTest {
        boolean test(int from, int to);
    }

    /** Line by line without splitting the text: a test makes a string only of a line it reads. */
    private static boolean anyLine(String text, LineTest test) {
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (test.test(from, to)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * "http" (as the URL patterns read it: lower case) within a line of a text read line by line, in order: each
     * occurrence found once, by the JDK's search ahead, where a scan of every line read it a character at a time.
     */
    private static final class HttpAhead {
        private final String text;
        /** where the first "http" at or after the line in hand starts; MAX_VALUE when there is none */
        private int next = -1;

        HttpAhead(String text) {
            this.text = text;
        }

        /** Whether "http" stands between {@code from} and {@code to}, lines asked in the text's order. */
        boolean within(int from, int to) {
            if (next < from) {
                int at = text.indexOf("http", from);
                next = at < 0 ? Integer.MAX_VALUE : at;
            }
            return next <= to - 4;
        }
    }

    /** Letters and digits of ASCII, dots and hyphens, with a dot: all a host name is made of. */
    private static boolean hostCharsOnly(String s, int from, int to) {
        boolean dot = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dot = true;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return dot;
    }

    private static String strongShape(Findings f, ClipContext context) {
        if (f.anyEvidence("reader-view")) {
            return "reader-view";
        }
        if (readerViewText(f) && f.evidence(Field.PUBLISHED, "text:dateline")) {
            return "reader-view:text";
        }
        if (f.evidence(Field.URL, "feed:shared-link")) {
            return "read-later-share";
        }
        if (f.evidence(Field.URL, "feed:") || f.evidence(Field.URL, "mail:x-rss-url")) {
            return "feed-item";
        }
        if (f.evidence(Field.URL, "page:") && f.evidence(Field.TITLE, "page:") && ArticleUrls.plausible(f.value(Field.URL))
                && !ownWebVersion(context.signals())) {
            return "page";
        }
        // the subject's test last: it is the costly one, and most messages have no labelled URL line
        if (f.evidence(Field.URL, "line:") && (f.has(Field.TITLE) || f.has(Field.PUBLISHED)
                || !SubjectTitles.isOwnWords(context.subject()))) {
            return "labelled-lines";
        }
        if (f.evidence(Field.URL, "front-matter:") && (f.has(Field.TITLE) || f.has(Field.PUBLISHED))) {
            return "front-matter";
        }
        if (f.evidence(Field.TITLE, "markdown:h1") && f.evidence(Field.URL, "markdown:")) {
            return "markdown";
        }
        return null;
    }

    /**
     * A newsletter's or a service's mail carries the metadata of its own web version (og:url, a NewsArticle in
     * JSON-LD): list or bulk mail, or a service mailbox's, is mail the sender made, not a page a person kept.
     */
    private static boolean ownWebVersion(MailSignals s) {
        return s.bulk() || s.roleSender();
    }

    /** Reader View's text layout: a host line (with or without its link) above the title. */
    private static boolean readerViewText(Findings f) {
        return f.evidence(Field.SITE, "text:host-line") || f.evidence(Field.URL, "text:host-link");
    }

    private static String weakShape(Findings f, MailSignals s, Body body, ClipContext context) {
        if (f.has(Field.URL) && !ArticleUrls.plausible(f.value(Field.URL))) {
            return null;
        }
        String shape = weakLayout(f, s, body, context);
        // the body's phrase tests are the costly part: asked only of a message that has a clip's layout
        return shape == null || body.unlikeClip() ? null : shape;
    }

    private static String weakLayout(Findings f, MailSignals s, Body body, ClipContext context) {
        if (context.source() == ClipContext.Source.ATTACHED_PAGE && (f.has(Field.URL) || s.selfSent())) {
            // a page saved by a person names its address, or travels in mail they sent themselves
            return "page:attached";
        }
        if (readerViewText(f)) {
            return "reader-view:text";
        }
        if (f.evidence(Field.URL, "share:")) {
            return f.get(Field.URL).orElseThrow().evidence();
        }
        if (f.evidence(Field.URL, "clip:") && f.has(Field.TITLE)) {
            return "clip:url-title-text";
        }
        if (f.evidence(Field.URL, "markdown:title-link")) {
            return "markdown:title-link";
        }
        // prose with no layout of a clip: only what a person sent themselves (or forwarded) is kept reading;
        // under an article's whole header (a title, its date, a byline or the URL) shorter prose is enough
        boolean titleLine = f.evidence(Field.TITLE, "text:first-line") || f.evidence(Field.TITLE, "markdown:h1");
        boolean header = titleLine
                && f.get(Field.PUBLISHED).map(c -> c.evidence().equals("text:dateline")).orElse(false) // with its year
                && (f.has(Field.URL) || f.has(Field.AUTHOR));
        if (!s.selfSent() || body.words() < (header ? MIN_HEADED_PROSE_WORDS : MIN_PROSE_WORDS)) {
            return null;
        }
        if (OwnWriting.is(f, body.text, context)) {
            return null; // a draft, a letter, notes: the person's own words, kept in their mail
        }
        if (titleLine && !Titles.isLoud(f.value(Field.TITLE))) {
            return f.has(Field.URL) ? "clip:titled-text-with-url" : "clip:titled-text";
        }
        if (f.has(Field.PUBLISHED) || f.has(Field.SITE) || f.has(Field.AUTHOR) || f.has(Field.URL)) {
            return "clip:text-with-metadata";
        }
        return null;
    }
}
