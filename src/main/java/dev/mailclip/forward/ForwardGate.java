package dev.mailclip.forward;

import dev.mailclip.mail.HtmlBlocks;
import dev.mailclip.mail.HtmlSketch;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether an HTML body may hold a forward the peeler would find, read off its {@link HtmlSketch} without parsing
 * it, or off its text once parsed, without rendering it: every forward the {@link ForwardScanner} finds stands on a
 * From label and its colon, a separator phrase, or a rule line above a line that names the sender by his address
 * ("06.03.2024, 21:14, Name &lt;a@b&gt;:"), in some language of the {@link ForwardVocabulary}. A body whose text holds none of these, its letters run
 * together as the label table folds them, cannot be a forward; one whose subject marks a forward is read whole
 * anyway (the attribution-line forward needs only "wrote:"). Kept exact by {@code ForwardGateTest} and
 * {@code HtmlGateTest}.
 */
final class ForwardGate {
    /** the From labels with their colon, and the separator phrases, squeezed ({@link Keys#squeezed}) */
    private static final Keys.Table<Boolean> NEEDLES = new Keys.Table<>(needles());
    /** the pairs of characters a needle starts with, hashed: most positions of a text are passed at a glance */
    private static final java.util.BitSet OPENINGS = new java.util.BitSet(1 << 16);

    static {
        NEEDLES.keys().forEach(key -> OPENINGS.set(opening(key.charAt(0), key.charAt(1))));
    }

    private ForwardGate() {
    }

    static boolean mayHoldForward(HtmlSketch sketch) {
        return !sketch.plain() || mayHoldForward(sketch.text(), sketch.rules());
    }

    /**
     * The same question of a body already parsed (HTML-only mail, which is parsed for its text anyway): its text is
     * that of the text nodes the peeler renders, in document order, and its rules the {@code <hr>} it renders as
     * rule lines, so the tree needs no sketch and the rendering is left out when no forward can be there.
     */
    static boolean mayHoldForward(Element body) {
        RenderedText rendered = new RenderedText();
        NodeTraversor.filter(rendered, body);
        return mayHoldForward(rendered.text.toString(), Arrays.copyOf(rendered.rules, rendered.ruleCount));
    }

    /** The text of the nodes the peeler renders, in document order, and where each {@code <hr>} stands in it. */
    private static final class RenderedText implements NodeFilter {
        private final StringBuilder text = new StringBuilder();
        private int[] rules = new int[4];
        private int ruleCount;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (HtmlBlocks.INVISIBLE.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY; // never rendered
                }
                if (e.normalName().equals("hr")) {
                    if (ruleCount == rules.length) {
                        rules = Arrays.copyOf(rules, ruleCount * 2);
                    }
                    rules[ruleCount++] = text.length();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }
    }

    /** Whether a body of this text, with {@code <hr>} rules at these places in it, may hold a forward. */
    private static boolean mayHoldForward(String text, int[] rules) {
        String squeezed = Keys.squeezed(text);
        for (int i = 0; i + 1 < squeezed.length(); i++) {
            if (OPENINGS.get(opening(squeezed.charAt(i), squeezed.charAt(i + 1))) && NEEDLES.keyAt(squeezed, i)) {
                return true;
            }
        }
        return squeezed.indexOf('@') >= 0 && mayHoldDatedSenderUnderRule(text, rules);
    }

    private static int opening(char first, char second) {
        return (first * 31 + second) & 0xFFFF;
    }

    /**
     * A rule line (two decoration characters, or an {@code <hr>} where {@code rules} say) and under it a line that
     * names the sender by address after a date's clock and ends in a colon ({@link AttributionLine#readWithoutVerb}):
     * in the text, in this order, a clock ("21:14"), an '@' and a colon, each within an attribution line's length
     * of the one before, the clock within a separator's and an attribution line's length of the rule. Lengths are
     * counted in characters other than white space and invisible ones ({@link Keys#isSqueezedOut}): a rendering
     * only shortens them.
     */
    private static boolean mayHoldDatedSenderUnderRule(String text, int[] rules) {
        int seen = 0; // characters other than white space and invisible ones, so far
        int rule = -1;
        int clock = -1;
        int at = -1;
        int nextRule = 0; // the next <hr> in the text
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            while (nextRule < rules.length && rules[nextRule] <= i) {
                rule = seen; // an <hr>'s line ends before this character
                nextRule++;
            }
            char c = text.charAt(i);
            if (Keys.isSqueezedOut(c)) {
                continue;
            }
            seen++;
            if ((c == ':' || c == '\uFF1A') && at >= 0 && seen - at <= AttributionLine.MAX_LENGTH) {
                return true;
            }
            if (ForwardScanner.isRuleChar(c) && ForwardScanner.isRuleChar(previous)) {
                rule = seen;
            } else if (c == ':' && rule >= 0 && seen - rule <= ForwardScanner.MAX_SEPARATOR + AttributionLine.MAX_LENGTH
                    && isAsciiDigit(previous) && clockDigitsFollow(text, i)) {
                clock = seen;
            } else if (c == '@' && clock >= 0 && seen - clock <= AttributionLine.MAX_LENGTH) {
                at = seen;
            }
            previous = c;
        }
        return false;
    }

    /** two ASCII digits after a clock's colon, what the squeeze leaves out passed over */
    private static boolean clockDigitsFollow(String text, int colon) {
        int digits = 0;
        for (int k = colon + 1; k < text.length() && digits < 2; k++) {
            char c = text.charAt(k);
            if (isAsciiDigit(c)) {
                digits++;
            } else if (!Keys.isSqueezedOut(c)) {
                return false;
            }
        }
        return digits == 2;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Map<String, Boolean> needles() {
        Map<String, Boolean> needles = new HashMap<>();
        for (Language language : ForwardVocabulary.LANGUAGES) {
            language.labels().forEach((label, field) -> {
                if (field == HeaderField.FROM) {
                    needles.put(Keys.squeezed(label) + ":", true);
                }
            });
            language.separators().forEach(phrase -> needles.put(Keys.squeezed(phrase), true));
        }
        return needles;
    }
}
