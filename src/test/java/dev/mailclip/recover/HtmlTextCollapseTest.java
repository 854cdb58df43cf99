package dev.mailclip.recover;

import dev.mailclip.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The renderer's white space collapsing appends runs of words whole, and gives what the rule of collapsing gives. */
class HtmlTextCollapseTest {
    private static final char[] ALPHABET = {' ', ' ', ' ', 'a', 'b', '\n', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\u00e9'};
    /** what a paragraph may hold already: nothing, a word, a word and its space, a line's end */
    private static final List<String> BEFORE = List.of("", "x", "x ", "x\n");
    /** a run of white space (what the renderer collapses: Java's white space and the no-break space), or of the rest */
    private static final Pattern RUN = Pattern.compile("[\\p{javaWhitespace}\u00a0]+|[^\\p{javaWhitespace}\u00a0]+");

    @Test
    void runsOfWordsGiveWhatTheRuleGives() {
        Random random = new Random(20261207);
        for (int n = 0; n < 300_000; n++) {
            String text = RandomTexts.of(random, ALPHABET, 24);
            String before = BEFORE.get(random.nextInt(BEFORE.size()));
            StringBuilder expected = new StringBuilder(before);
            byTheRule(expected, text);
            StringBuilder actual = new StringBuilder(before);
            HtmlText.appendCollapsed(actual, text);
            assertEquals(expected.toString(), actual.toString(), () -> RandomTexts.escaped(before + "|" + text));
        }
    }

    /**
     * The reference, written as the rule rather than as a loop: every run of other characters appended as it is, every
     * run of white space one space, and none at the paragraph's or a line's start or after a space.
     */
    private static void byTheRule(StringBuilder para, String text) {
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            boolean space = Character.isWhitespace(m.group().charAt(0)) || m.group().charAt(0) == '\u00a0';
            if (!space) {
                para.append(m.group());
            } else if (para.length() > 0 && para.charAt(para.length() - 1) != ' ' && para.charAt(para.length() - 1) != '\n') {
                para.append(' ');
            }
        }
    }
}
