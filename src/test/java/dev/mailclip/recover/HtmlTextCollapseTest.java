package dev.mailclip.recover;

import dev.mailclip.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The renderer's white space collapsing appends runs of words whole, and gives what it gave word by word. */
class HtmlTextCollapseTest {
    private static final char[] ALPHABET = {' ', ' ', ' ', 'a', 'b', '\n', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\u00e9'};
    /** what a paragraph may hold already: nothing, a word, a word and its space, a line's end */
    private static final List<String> BEFORE = List.of("", "x", "x ", "x\n");

    @Test
    void runsOfWordsGiveWhatCharacterByCharacterGave() {
        Random random = new Random(20261207);
        for (int n = 0; n < 300_000; n++) {
            String text = RandomTexts.of(random, ALPHABET, 24);
            String before = BEFORE.get(random.nextInt(BEFORE.size()));
            StringBuilder expected = new StringBuilder(before);
            characterByCharacter(expected, text);
            StringBuilder actual = new StringBuilder(before);
            HtmlText.appendCollapsed(actual, text);
            assertEquals(expected.toString(), actual.toString(), () -> RandomTexts.escaped(before + "|" + text));
        }
    }

    /** the collapsing as it was written before single spaces were copied with their words: the reference */
    private static void characterByCharacter(StringBuilder para, String text) {
        int run = -1;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !(Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
                run = run < 0 ? i : run;
                continue;
            }
            if (run >= 0) {
                para.append(text, run, i);
                run = -1;
            }
            if (i < text.length() && para.length() > 0 && para.charAt(para.length() - 1) != ' '
                    && para.charAt(para.length() - 1) != '\n') {
                para.append(' ');
            }
        }
    }
}
