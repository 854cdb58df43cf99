package dev.mailclip.forward;

import dev.mailclip.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    /** the characters normalising changes or drops, and some it keeps */
    private static final char[] ALPHABET = {'a', 'Z', ' ', '\n', '\r', '\t', '\u00A0', '\u202F', '\u2007', '\uFEFF',
            '\u200B', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u2003', '\u00E9', '\u05D0', '\u2028'};
    private static final int MAX_LENGTH = 24;

    @Test
    void textThatNeedsNoChangeIsGivenBackAsItIs() {
        RandomTexts.assertShortcutExact(17, 200_000, ALPHABET, MAX_LENGTH, TextNormalizer::renormalise,
                TextNormalizer::isNormal, TextNormalizer::normalise);
    }

    @Test
    void crLineEndsAndInvisibleMarks() {
        assertEquals("a\nb\nc", TextNormalizer.normalise("a\r\nb\rc"));
        assertEquals("a b", TextNormalizer.normalise("\uFEFFa\u00A0\u200Bb"));
    }
}
