package dev.mailclip.forward;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vocabulary's tables (issue 17) find every phrase and label as folding finds it, and nothing else. */
class KeysTest {

    /** Every separator and label of every language, as written, shouted, spaced out and with decorations. */
    @Test
    void theTablesFindEveryWordOfTheVocabulary() {
        int checked = 0;
        for (Language language : ForwardVocabulary.LANGUAGES) {
            for (String phrase : language.separators()) {
                for (String v : variants(phrase)) {
                    // a phrase two languages share belongs to the first: the same for every variant
                    assertNotNull(ForwardVocabulary.separator(v), v);
                    assertEquals(ForwardVocabulary.separator(phrase), ForwardVocabulary.separator(v), v);
                    checked++;
                }
            }
            for (String label : language.labels().keySet()) {
                for (String v : variants(label)) {
                    assertNotNull(ForwardVocabulary.label(v), v);
                    assertNotNull(ForwardVocabulary.label("*" + v + "*"), v);
                    checked++;
                }
            }
        }
        assertTrue(checked > 300, "checked " + checked);
    }

    @Test
    void anAsciiStringIsLookedUpWithoutFolding() {
        Keys.Table<String> table = new Keys.Table<>(Map.of("forwarded message", "separator", "from", "label",
                "envoye", "label", "a", "short"));
        assertEquals("label", table.get("  FROM "), "case and spaces fold away");
        assertEquals("separator", table.get("Forwarded \t  message"));
        assertEquals("label", table.get("Ｆｒｏｍ"), "full-width: folded whole");
        assertEquals("label", table.get("Envoyé"), "an accent: folded whole");
        assertNull(table.get("Fro"));
        assertNull(table.get("Hello"));
        assertNull(table.get(""));
        assertNull(ForwardVocabulary.separator("Thanks for the article"));
        assertEquals(ForwardVocabulary.separator("Message d'origine"), ForwardVocabulary.separator("MESSAGE D`ORIGINE"),
                "a backquote is an apostrophe");
    }

    /**
     * The walk of the trie answers what folding and the map answer, on random strings made of the vocabulary's
     * own words and pieces of them, cased and spaced at random, with stray characters and other scripts.
     */
    @Test
    void theTableAnswersAsTheFoldedKeyDoes() {
        Map<String, String> byKey = new HashMap<>();
        List<String> words = new ArrayList<>();
        for (Language language : ForwardVocabulary.LANGUAGES) {
            for (String phrase : language.separators()) {
                byKey.putIfAbsent(Keys.of(phrase), "separator " + phrase);
                words.add(phrase);
            }
            language.labels().keySet().forEach(label -> {
                byKey.putIfAbsent(Keys.of(label), "label " + label);
                words.add(label);
            });
        }
        Keys.Table<String> table = new Keys.Table<>(byKey);
        String stray = " \t\u000b\f\r\u001c`'\u2019\u00a0\u3000:-*Éé\u0301\u0338\u0327İıßﬁ\uFF21x0";
        Random random = new Random(17);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                String word = words.get(random.nextInt(words.size()));
                switch (random.nextInt(5)) {
                    case 0 -> word = word.toUpperCase(Locale.ROOT);
                    case 1 -> word = word.substring(0, random.nextInt(word.length() + 1));
                    case 2 -> word = word.replace(" ", " ".repeat(1 + random.nextInt(3)));
                    default -> { }
                }
                s.append(word);
                for (int k = random.nextInt(3); k > 0; k--) {
                    s.insert(random.nextInt(s.length() + 1), stray.charAt(random.nextInt(stray.length())));
                }
                if (random.nextBoolean()) {
                    break;
                }
                s.append(' ');
            }
            String text = s.toString();
            String expected = byKey.get(Keys.of(text));
            assertEquals(expected, table.get(text), text);
            found += expected != null ? 1 : 0;
        }
        assertTrue(found > 10_000, "found " + found);
    }

    private static List<String> variants(String s) {
        List<String> out = new ArrayList<>(List.of(s, " " + s.replace(" ", "  ") + " "));
        if (s.chars().allMatch(c -> c < 0x80)) {
            // other scripts' case rules are Keys.of's, not this test's
            out.add(s.toUpperCase(Locale.ROOT));
            out.add(s.toLowerCase(Locale.ROOT));
        }
        if (!s.isEmpty()) {
            out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
        return out;
    }
}
