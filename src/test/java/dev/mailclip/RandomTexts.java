package dev.mailclip;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Short random texts for tests that hold a shortcut to the full pass it skips, and a readable form of one. */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** Up to {@code maxLength} characters: about half from {@code alphabet} (the ones that matter), the rest "a" to "c". */
    public static String of(Random random, char[] alphabet, int maxLength) {
        char[] chars = new char[random.nextInt(maxLength + 1)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (char) ('a' + random.nextInt(3));
        }
        return new String(chars);
    }

    /**
     * One to {@code maxPieces} pieces drawn at random, each followed by {@code separator}: a body made of the pieces a
     * shortcut must read right, in every order.
     */
    public static String pieces(Random random, List<String> pieces, int maxPieces, String separator) {
        StringBuilder out = new StringBuilder();
        for (int k = random.nextInt(maxPieces); k >= 0; k--) {
            out.append(pieces.get(random.nextInt(pieces.size()))).append(separator);
        }
        return out.toString();
    }

    /** The text with every character outside printable ASCII as a Java escape, for a failure's message. */
    public static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    /**
     * Holds a shortcut exact on {@code count} random texts: {@code leftAlone} is true for every text the {@code full}
     * pass gives back unchanged and only for those, and the method with the shortcut gives what the full pass gives.
     */
    public static void assertShortcutExact(long seed, int count, char[] alphabet, int maxLength, UnaryOperator<String> full,
                                           Predicate<String> leftAlone, UnaryOperator<String> withShortcut) {
        Random random = new Random(seed);
        for (int n = 0; n < count; n++) {
            String text = of(random, alphabet, maxLength);
            String done = full.apply(text);
            assertEquals(done.equals(text), leftAlone.test(text), () -> escaped(text));
            assertEquals(done, withShortcut.apply(text), () -> escaped(text));
        }
    }
}
