package dev.mailclip.recover;

import dev.mailclip.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTextTidyTest {
    /** what tidying trims, replaces, drops or keeps: line ends, spaces of several kinds, invisible marks */
    private static final char[] ALPHABET = {' ', '\n', '\n', '\r', '\t', '\u00a0', '\u202f', '\u200b', '\u200c', '\ufeff',
            '\u2003', '\u3000', '\u00e9', '\u0410', '\u2028', '\u000b'};
    private static final int MAX_LENGTH = 20;

    @Test
    void aTidyTextIsGivenBackAsItIs() {
        RandomTexts.assertShortcutExact(42, 300_000, ALPHABET, MAX_LENGTH, HtmlText::retidy, HtmlText::isTidy, HtmlText::tidy);
    }

    @Test
    void tidyingTwiceChangesNothing() {
        Random random = new Random(43);
        for (int n = 0; n < 100_000; n++) {
            String tidy = HtmlText.tidy(RandomTexts.of(random, ALPHABET, MAX_LENGTH));
            assertEquals(tidy, HtmlText.tidy(tidy), () -> RandomTexts.escaped(tidy));
        }
    }

    @Test
    void spacesAroundBreaksGoAsTheirRegexTakesThem() {
        java.util.regex.Pattern spacedBreak = java.util.regex.Pattern.compile(" *\n *");
        char[] alphabet = {' ', ' ', '\n', 'a', '\t', '\u00a0'};
        Random random = new Random(44);
        for (int n = 0; n < 200_000; n++) {
            String text = RandomTexts.of(random, alphabet, MAX_LENGTH);
            assertEquals(spacedBreak.matcher(text).replaceAll("\n"), HtmlText.withoutSpacesAroundBreaks(text),
                    () -> RandomTexts.escaped(text));
        }
    }

    @Test
    void linesTrimmedAndBlankRunsMadeOne() {
        assertEquals("a b\n\nc", HtmlText.tidy("\n  a\u00a0b \n\n \n\u200bc\n\n"));
        assertEquals("a\nb", HtmlText.tidy("a\nb"));
    }
}
