package dev.mailclip.forward;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cheap test before folding (issue 17) never rules out a phrase or label that the vocabulary holds. */
class KeysTest {

    /** Every separator and label of every language, as written, shouted, spaced out and with decorations. */
    @Test
    void theShapeNeverRulesOutAWordOfTheVocabulary() {
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
    void ordinaryLinesAreRuledOutWithoutFolding() {
        Keys.Shape shape = new Keys.Shape(List.of("forwarded message", "from"));
        assertTrue(shape.rulesOut("Thanks for the article, see you tomorrow"), "longer than any key");
        assertTrue(shape.rulesOut("Hello"), "no key starts with h");
        assertFalse(shape.rulesOut("  FROM "), "case and spaces fold away");
        assertFalse(shape.rulesOut("Forwarded   message"));
        assertFalse(shape.rulesOut("Ｆｒｏｍ"), "not ASCII: folded, never ruled out");
        assertFalse(shape.rulesOut(""));
        assertNull(ForwardVocabulary.separator("Thanks for the article"));
    }

    private static List<String> variants(String s) {
        List<String> out = new ArrayList<>(List.of(s, " " + s.replace(" ", "  ") + " "));
        if (s.chars().allMatch(c -> c < 0x80)) {
            // the shape judges ASCII only (other scripts' case rules are Keys.of's, not this test's)
            out.add(s.toUpperCase(Locale.ROOT));
            out.add(s.toLowerCase(Locale.ROOT));
        }
        if (!s.isEmpty()) {
            out.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
        }
        return out;
    }
}
