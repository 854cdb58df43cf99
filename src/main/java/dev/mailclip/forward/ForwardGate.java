package dev.mailclip.forward;

import dev.mailclip.mail.HtmlSketch;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether an HTML body may hold a forward the peeler would find, read off its {@link HtmlSketch} (of the HTML,
 * without parsing it, for mail with both bodies; of the parsed tree for HTML-only mail) instead of rendering it:
 * every forward the {@link ForwardScanner} finds stands on a From label and its colon, a separator phrase, or a rule
 * line above a line that names the sender by his address ("06.03.2024, 21:14, Name &lt;a@b&gt;:"),
 * in some language of the {@link ForwardVocabulary}. A body whose text holds none of these, its letters run
 * together as the label table folds them, cannot be a forward; one whose subject marks a forward is read whole
 * anyway (the attribution-line forward needs only "wrote:"). Kept exact by {@code HtmlGateTest}.
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
        if (!sketch.plain()) {
            return true;
        }
        String squeezed = Keys.squeezed(sketch.text());
        for (int i = 0; i + 1 < squeezed.length(); i++) {
            if (OPENINGS.get(opening(squeezed.charAt(i), squeezed.charAt(i + 1))) && NEEDLES.keyAt(squeezed, i)) {
                return true;
            }
        }
        return squeezed.indexOf('@') >= 0 && mayHoldDatedSenderUnderRule(sketch.text(), sketch.rules());
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
        if (!mayHoldClock(text)) {
            return false; // most text with an '@' has no clock: found with indexOf, without the walk below
        }
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

    /**
     * Whether some colon stands where the walk of {@link #mayHoldDatedSenderUnderRule} would take it for a clock's: an
     * ASCII digit before it and two after it, what the squeeze leaves out passed over. Without one that walk finds
     * no clock, so no '@' after one, so no colon to end the line.
     */
    private static boolean mayHoldClock(String text) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (digitBefore(text, colon) && clockDigitsFollow(text, colon)) {
                return true;
            }
        }
        return false;
    }

    /** an ASCII digit before the colon, what the squeeze leaves out passed over */
    private static boolean digitBefore(String text, int colon) {
        for (int k = colon - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (!Keys.isSqueezedOut(c)) {
                return isAsciiDigit(c);
            }
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
