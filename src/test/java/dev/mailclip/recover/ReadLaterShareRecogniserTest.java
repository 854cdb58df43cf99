package dev.mailclip.recover;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadLaterShareRecogniserTest {
    /** the verbs alone, with the case rules of the recogniser's body pattern */
    private static final Pattern VERBS = Pattern.compile("(?iu)shared|recommended|sent you");
    /** letters that fold onto the verbs' only under Unicode case rules: long s, Kelvin sign, dotted and dotless i, sharp s */
    private static final String ALPHABET = "sharedcomntyu SHAREDCOMNTYU\u017f\u212a\u0130\u0131\u00df\u00e9x\n";

    @Test
    void theVerbTestFindsWhatTheRegexFinds() {
        Random random = new Random(5);
        int held = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (random.nextInt(4) == 0) {
                text.insert(random.nextInt(text.length() + 1), List.of("shared", "ſent you", "RECOMMENDED").get(random.nextInt(3)));
            }
            String s = text.toString();
            boolean expected = VERBS.matcher(s).find();
            assertEquals(expected, ReadLaterShareRecogniser.mayHold(s, List.of("shared", "recommended", "sent you")), s);
            held += expected ? 1 : 0;
        }
        assertTrue(held > 10_000, "texts with a verb: " + held);
    }
}
