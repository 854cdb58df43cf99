package dev.mailclip.recover;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The word count every body line goes through, and its bounded form. */
class TextClipWordsTest {
    private static final String ALPHABET = "ab \t\n\r\f\u000B\u2003\u00a0\u001cx.";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void wordsAreTheRegexSplitsCountAndTheBoundedCountAgrees() {
        Random random = new Random(13);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String line = s.toString();
            int words = TextClip.words(line);
            if (!line.isBlank()) {
                assertEquals(WHITESPACE.split(line.strip()).length, words, line);
            }
            int n = random.nextInt(6);
            assertEquals(words > n, TextClip.wordsOver(line, n), line + " over " + n);
        }
    }
}
