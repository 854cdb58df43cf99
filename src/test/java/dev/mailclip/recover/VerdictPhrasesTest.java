package dev.mailclip.recover;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verdict's cheap looks before its phrase patterns ({@code Verdict.Body}) never say no where the pattern finds
 * a phrase: random texts run together from pieces of the phrases, in every case and with the characters a
 * case-insensitive regex folds (the long s, the Kelvin sign, the dotted and dotless i), spaces of every kind and
 * hyphens, line ends and quote marks.
 */
class VerdictPhrasesTest {
    private static final List<String> PIECES = List.of(
            // the phrases' words, some in other cases
            "unsubscribe", "UNSUBSCRIBE", "opt", "out", "Opt", "OUT", "to", "be", "removed", "remove", "you", "your",
            "me", "yourself", "from", "mailing", "list", "this", "This", "e", "mail", "email", "message", "is", "was",
            "sent", "automated", "response", "reply", "message", "auto", "of", "the", "office", "do", "not", "don't",
            "an", "automatic", "stop", "receiving", "recieving", "recеiving", "program", "client", "software", "does",
            "doesn't", "click", "here", "a", "spam", "100%", "free", "guaranteed", "satisfaction", "act", "now", "order",
            "limited", "time", "trial", "credit", "card", "money", "back", "risk", "special", "offer", "no", "obligation",
            "call", "earn", "$", "1", "25", ",", ".99", "wrote", ":", "wrote:", "--", "-----", "original", "Original",
            "dear", "Dear", "hello", "attn", "ATTN",
            // the CJK salutations
            "尊敬的", "亲爱的", "親愛的", "您好", "田中", "様", "さま", "殿", "고객님", "님", "、",
            // what folds to an ASCII letter under (?iu), and what sits between words
            "ſ", "K", "İ", "ı", " ", " ", "  ", "-", "\n", "\r\n", "\t", ">", "> ", "\u00a0", "\u00ad", "\u200b", "x");

    @Test
    void machinePhrasesAreNeverRuledOut() {
        holds(Verdict.MACHINE, Verdict.Body::mayBeMachine);
    }

    @Test
    void sellingPhrasesAreNeverRuledOut() {
        holds(Verdict.SALES, Verdict.Body::maySell);
    }

    @Test
    void conversationIsNeverRuledOut() {
        holds(Verdict.CONVERSATION, Verdict.Body::mayConverse);
    }

    private static void holds(Pattern pattern, Predicate<String> look) {
        Random random = new Random(11);
        int found = 0;
        int ruledOut = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            boolean may = look.test(s);
            if (pattern.matcher(s).find()) {
                found++;
                assertTrue(may, () -> "ruled out, yet the pattern finds a phrase: [" + s + "]");
            } else if (!may) {
                ruledOut++;
            }
        }
        assertTrue(found > 2_000, "texts with a phrase: " + found);
        assertTrue(ruledOut > 50_000, "texts the look rules out: " + ruledOut);
    }
}
