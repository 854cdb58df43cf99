package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadLaterShareRecogniserTest {
    private static final List<String> VERBS = List.of("shared", "recommended", "sent");
    /** what the words test passes over */
    private static final Pattern PASSED_OVER = Pattern.compile("[\\s\\p{Z}\\x00-\\x20\\u00ad\\u200b]");
    /** letters that fold onto the verbs' only under Unicode case rules: long s, Kelvin sign, dotted and dotless i, sharp s */
    private static final String ALPHABET = "sharedcomntyu SHAREDCOMNTYU\u017f\u212a\u0130\u0131\u00df\u00e9x\n\u00ad\u200b\u00a0";
    private static final List<String> LETTERS = ALPHABET.chars().mapToObj(Character::toString).toList();
    /** pieces of HTML that split, hide and space out the verbs and what follows them */
    private static final List<String> HTML = List.of("shared", "sha", "red", "re", "commended", "recommended", "se", "nt",
            "sent", " you", "you", " an article", " a link", " a story", " with you", "ſhared", "SHARED", "Sent",
            "<b>", "</b>", "<span>", "</span>", "<p>", "</p>", "<div>", "</div>", "<br>", "<pre>", "</pre>", " ", "\n",
            "  ", "&nbsp;", "&#115;", "&#x73;hared", "&amp;", "<script>shared an article</script>", "<!-- shared -->",
            "<textarea>", "</textarea>", "&shy;", "&#8203;", "sh&shy;ared", "sent</p><p>you", "x");

    @Test
    void theWordsAreFoundAsTheRegexFindsThemInAnyPieces() {
        holdsToTheRegex(VERBS, 5);
    }

    /** Words that end alike, before and at their last letter, and a word of one letter: the look at the letter before. */
    @Test
    void wordsThatEndAlikeAreFoundAsTheRegexFindsThem() {
        holdsToTheRegex(List.of("shared", "red", "hed", "sent", "ent", "ut"), 11);
        holdsToTheRegex(List.of("y", "shared", "commend"), 13);
    }

    private static void holdsToTheRegex(List<String> list, long seed) {
        Random random = new Random(seed);
        FoldedWords verbs = new FoldedWords(list);
        Pattern regex = Pattern.compile("(?iu)" + String.join("|", list));
        int held = 0;
        int notHeld = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(pieces(random, random.nextInt(14), LETTERS));
            if (random.nextInt(4) == 0) {
                text.insert(random.nextInt(text.length() + 1), list.get(random.nextInt(list.size())));
            }
            String s = text.toString();
            FoldedWords.Scan words = verbs.scan();
            for (int at = 0; at < s.length(); ) {
                int next = Math.min(s.length(), at + 1 + random.nextInt(4));
                words.feed(s.substring(at, next));
                at = next;
            }
            boolean expected = regex.matcher(PASSED_OVER.matcher(s).replaceAll("")).find();
            assertEquals(expected, words.found(), s);
            held += expected ? 1 : 0;
            notHeld += expected ? 0 : 1;
        }
        assertTrue(held > 10_000 && notHeld > 10_000, "texts with a word: " + held + ", without: " + notHeld);
    }

    /** The test on the text nodes never says no where the body's text holds the pattern. */
    @Test
    void aBodyWhoseTextSharesIsNeverRuledOut() {
        Random random = new Random(7);
        int shared = 0;
        for (int i = 0; i < 50_000; i++) {
            String html = pieces(random, 1 + random.nextInt(12), HTML);
            Element body = Jsoup.parse(html).body();
            if (ReadLaterShareRecogniser.SHARED_BODY.matcher(body.text()).find()) {
                shared++;
                assertTrue(ReadLaterShareRecogniser.mayHoldVerb(body), html);
            }
        }
        assertTrue(shared > 500, "bodies that share: " + shared);
    }

    /** So many pieces drawn at random, run together. */
    private static String pieces(Random random, int count, List<String> from) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(from.get(random.nextInt(from.size())));
        }
        return out.toString();
    }
}
