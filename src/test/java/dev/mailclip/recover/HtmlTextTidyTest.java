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
    void retidyGivesWhatTheCharArrayVersionGave() {
        char[] alphabet = java.util.Arrays.copyOf(ALPHABET, ALPHABET.length + 3);
        alphabet[ALPHABET.length] = 'a';
        alphabet[ALPHABET.length + 1] = 'b';
        alphabet[ALPHABET.length + 2] = '\n';
        Random random = new Random(45);
        for (int n = 0; n < 300_000; n++) {
            String text = RandomTexts.of(random, alphabet, 2 * MAX_LENGTH);
            assertEquals(charArrayRetidy(text), HtmlText.retidy(text), () -> RandomTexts.escaped(text));
        }
    }

    /** retidy as it was written before its lines were copied in runs: the reference it is held to */
    private static String charArrayRetidy(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length];
        int o = 0;
        int blank = 0;
        int lineStart = 0;
        for (int i = 0; i <= in.length; i++) {
            if (i < in.length && in[i] != '\n') {
                continue;
            }
            int start = lineStart;
            int end = i;
            lineStart = i + 1;
            while (start < end && trimmed(in[start])) {
                start++;
            }
            while (end > start && trimmed(in[end - 1])) {
                end--;
            }
            if (start == end) {
                blank++;
                continue;
            }
            if (o > 0) {
                out[o++] = '\n';
                if (blank > 0) {
                    out[o++] = '\n';
                }
            }
            for (int k = start; k < end; k++) {
                char c = in[k];
                if (c == '\u00a0' || c == '\u202f') {
                    out[o++] = ' ';
                } else if (!invisible(c)) {
                    out[o++] = c;
                }
            }
            blank = 0;
        }
        return new String(out, 0, o);
    }

    private static boolean invisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\ufeff';
    }

    private static boolean trimmed(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || invisible(c) || Character.isWhitespace(c);
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
