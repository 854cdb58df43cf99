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
    /** the first four characters of each needle of four or more, as bits of a hash ({@link #isQuad}): most texts meet none */
    private static final long[] QUADS = new long[1 << 10];
    /** the needles of three characters ("de:", "от:"), each a colon at the end, packed as {@link #readNeedles} packs them */
    private static final long[] TRIPLES;
    /** what {@link #readNeedles} found: a needle; else an '@' (without which no line names a sender by address); else neither */
    private static final int NEEDLE = 2;
    private static final int AT = 1;

    static {
        java.util.List<Long> triples = new java.util.ArrayList<>();
        for (String needle : NEEDLES.keys()) {
            if (needle.length() >= 4) {
                long hash = hash(packed(needle, 4));
                QUADS[(int) (hash >>> 54)] |= 1L << hash;
            } else if (needle.length() == 3 && needle.charAt(2) == ':') {
                triples.add(packed(needle, 3));
            } else {
                throw new IllegalStateException("a needle the gate cannot look for: " + needle);
            }
        }
        TRIPLES = triples.stream().mapToLong(Long::longValue).toArray();
    }

    private ForwardGate() {
    }

    static boolean mayHoldForward(HtmlSketch sketch) {
        if (!sketch.plain()) {
            return true;
        }
        int read = readNeedles(sketch.text());
        return read == NEEDLE || read == AT && mayHoldDatedSenderUnderRule(sketch.text(), sketch.rules());
    }

    /** Whether a needle stands in the text as squeezed: {@code ForwardGateTest} holds it to a search of that string. */
    static boolean holdsNeedle(String text) {
        return readNeedles(text) == NEEDLE;
    }

    /**
     * Reads the text as squeezed ({@link Keys#squeezed}) without making that string: its last four squeezed characters,
     * packed in a long, show at a glance where a needle's first four (or a three-character needle whole) may end, and
     * only there is the needle table walked, from where they start.
     */
    private static int readNeedles(String text) {
        long last = 0; // the last four squeezed characters, 16 bits each, the newest lowest
        int count = 0; // squeezed characters so far
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (Keys.isLeftOut(c)) {
                    continue;
                }
                char f = Keys.squeezedAscii(c);
                last = last << 16 | f;
                count++;
                at |= f == '@';
                if (needleEnds(text, i, 0, f, last, count)) {
                    return NEEDLE;
                }
            } else {
                String folded = Keys.squeezedFold(c);
                for (int k = 0; k < folded.length(); k++) {
                    char f = folded.charAt(k);
                    last = last << 16 | f;
                    count++;
                    at |= f == '@';
                    if (needleEnds(text, i, k, f, last, count)) {
                        return NEEDLE;
                    }
                }
            }
        }
        return at ? AT : 0;
    }

    /**
     * Whether a needle's first four characters, or a three-character needle, end with the squeezed character {@code f},
     * place {@code k} of the fold of text position {@code i}; {@code last} holds it and the three before it.
     */
    private static boolean needleEnds(String text, int i, int k, char f, long last, int count) {
        return count >= 4 && isQuad(last) && needleStarts(text, i, k, 3)
                || f == ':' && count >= 3 && isTriple(last & 0xFFFF_FFFF_FFFFL) && needleStarts(text, i, k, 2);
    }

    /**
     * Whether a needle starts {@code back} squeezed characters before the one at place {@code k} of the fold of text
     * position {@code i}: read back to where that one was folded from, then the needle table walked from there.
     */
    private static boolean needleStarts(String text, int i, int k, int back) {
        int from = i;
        int place = k - back; // the start's place in the fold of text[from]
        while (place < 0) {
            from--;
            place += foldLength(text.charAt(from));
        }
        return NEEDLES.keyAtSqueezed(text, from, place);
    }

    /** how many squeezed characters a character of the text gives */
    private static int foldLength(char c) {
        return c >= 0x80 ? Keys.squeezedFold(c).length() : Keys.isLeftOut(c) ? 0 : 1;
    }

    private static boolean isTriple(long packed) {
        for (long triple : TRIPLES) {
            if (triple == packed) {
                return true;
            }
        }
        return false;
    }

    /** the first {@code n} characters of a squeezed string, 16 bits each, the last lowest */
    private static long packed(String squeezed, int n) {
        long packed = 0;
        for (int i = 0; i < n; i++) {
            packed = packed << 16 | squeezed.charAt(i);
        }
        return packed;
    }

    /** whether four packed characters may be a needle's first four: its hash's top ten bits pick a word, its low six a bit */
    private static boolean isQuad(long packed) {
        long hash = hash(packed);
        return (QUADS[(int) (hash >>> 54)] & 1L << hash) != 0;
    }

    private static long hash(long packed) {
        return packed * 0x9E3779B97F4A7C15L;
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
                    && isClockColon(text, i)) {
                clock = seen;
            } else if (c == '@' && clock >= 0 && seen - clock <= AttributionLine.MAX_LENGTH) {
                at = seen;
            }
            previous = c;
        }
        return false;
    }

    /**
     * Whether some colon is a clock's ({@link #isClockColon}). Without one the walk of
     * {@link #mayHoldDatedSenderUnderRule} finds no clock, so no '@' after one, so no colon to end the line.
     */
    private static boolean mayHoldClock(String text) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (isClockColon(text, colon)) {
                return true;
            }
        }
        return false;
    }

    /** a clock's colon: an ASCII digit before it and two after it, what the squeeze leaves out passed over */
    private static boolean isClockColon(String text, int colon) {
        return digitBefore(text, colon) && clockDigitsFollow(text, colon);
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
