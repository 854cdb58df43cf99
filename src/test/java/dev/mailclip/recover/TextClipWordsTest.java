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
            String line = randomLine(random, ALPHABET);
            int words = TextClip.words(line);
            if (!line.isBlank()) {
                assertEquals(WHITESPACE.split(line.strip()).length, words, line);
            }
            int n = random.nextInt(6);
            assertEquals(words > n, TextClip.wordsOver(line, n), line + " over " + n);
        }
    }

    /** Chinese and Japanese put no spaces between words: to read, each of their letters is a word. */
    @Test
    void aChineseOrJapaneseLetterIsAWordToRead() {
        assertEquals(5, TextClip.readingWords("これ読んで"));
        assertEquals(1, TextClip.words("これ読んで"), "a line's shape: one run of characters");
        assertEquals(8, TextClip.readingWords("NHKニュースで共有"), "NHK, then seven letters");
        assertEquals(4, TextClip.readingWords("abc 日本 def"));
        assertEquals(3, TextClip.readingWords("ｱｲｳ"), "half-width katakana");
        assertEquals(2, TextClip.readingWords("한국어 문장"), "Korean puts spaces between words");
        Pattern reference = Pattern.compile("[\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f]"
                + "|[^ \\t\\n\\u000B\\f\\r\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f]+");
        String alphabet = "ab \t\n.日本語のカナｶﾅ한\u3000";
        Random random = new Random(29);
        for (int i = 0; i < 100_000; i++) {
            String line = randomLine(random, alphabet);
            if (!line.isBlank()) {
                assertEquals(Math.max(1, reference.matcher(line.strip()).results().count()), TextClip.readingWords(line), line);
            }
        }
    }

    /** Up to 15 characters drawn from the alphabet. */
    private static String randomLine(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int j = random.nextInt(16); j > 0; j--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
