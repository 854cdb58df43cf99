package dev.mailclip.forward;

import dev.mailclip.RandomTexts;
import dev.mailclip.mail.HtmlDocuments;
import dev.mailclip.mail.HtmlSketch;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate before the HTML peeler ({@link ForwardGate}) lets through every body the peeler finds a forward in:
 * on random bodies made of every language's header lines and separators, in the markup clients write them in,
 * split by tags, entities, bold marks and odd spaces, among lines of mail that are no forward.
 */
class ForwardGateTest {
    /** ways a client writes a header line; %s is the label, %v its value */
    private static final List<String> LABEL_MARKUP = List.of("<div>%s: %v</div>", "<b>%s:</b> %v<br>", "<p><b>%s</b>: %v</p>",
            "<tr><td>%s</td><td>: %v</td></tr>", "*%s:* %v<br>", "<span style=\"font-weight:bold\">%s :</span>&nbsp;%v<br>",
            "%s:&nbsp;%v<br>", "<div class=\"gmail_attr\">%s: %v<br></div>", "<font>%s</font>:%v<br>");
    private static final List<String> OTHER = List.of("<p>Hi Ann, see below.</p>", "<br>", "<hr>", "<div>-----</div>",
            "<p>________________________________</p>", "<blockquote type=\"cite\">", "</blockquote>", "<div style=\"border-top:solid\">",
            "</div>", "<p>06.03.2024, 21:14, \"Сергей Петров\" &lt;sergey@example.com&gt;:</p>", "<p>Ann &lt;ann@example.org&gt;</p>",
            "<p>2024-03-06 10:15 +03:00 от Anna &lt;anna@example.ru&gt;:</p>", "<p>The river rose again this spring.</p>",
            "<p>Original thoughts, from the field</p>", "<p>- - -</p>", "<p>me@example.com</p>", "<p>Thanks!</p>",
            "<!-- From: hidden -->", "<p>&#70;rom: Ann &lt;a@b.example&gt;</p>", "<p>Ｆｒｏｍ：Ann</p>", "<p>Fr<b>om</b>: Ann</p>",
            "<p>Fr&shy;om: Ann</p>", "<p>Fr\u200bom: Ann</p>", "<p>On Mon, 4 Mar 2024 at 10:15, Ann &lt;a@b.example&gt; wrote:</p>");
    /** where a header line's value goes, one drawn for each */
    private static final java.util.regex.Pattern VALUE = java.util.regex.Pattern.compile("\u0000");
    private static final List<String> VALUES = List.of("Ann Lee <ann@example.org>", "Mon, 4 Mar 2024 10:15", "Re: river",
            "Bob <bob@example.com>", "4. März 2024 um 10:15", "lunedì 4 marzo 2024 10:15");

    @Test
    void everyBodyThePeelerFindsAForwardInIsLetThrough() {
        List<String> pieces = new ArrayList<>(OTHER);
        for (Language language : ForwardVocabulary.LANGUAGES) {
            language.labels().keySet().forEach(label -> LABEL_MARKUP.forEach(markup -> pieces.add(markup.replace("%s", label)
                    .replace("%v", "\u0000"))));
            language.separators().forEach(phrase -> {
                pieces.add("<div>---------- " + phrase + " ---------</div>");
                pieces.add("<p>" + phrase + ":</p>");
                pieces.add("<div>-----" + phrase + "-----<br>From: Ann &lt;a@b.example&gt; To: Bob Sent: Monday Subject: x</div>");
            });
        }
        Random random = new Random(20261204);
        int gated = 0;
        int gatedTree = 0;
        int forwards = 0;
        int rounds = 20_000;
        for (int round = 0; round < rounds; round++) {
            // a header line is mostly another's neighbour: forwards need two fields
            String body = VALUE.matcher(RandomTexts.pieces(random, pieces, 12, ""))
                    .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(VALUES.get(random.nextInt(VALUES.size()))));
            boolean peeled = HtmlForwards.peel(body).isForward();
            boolean through = ForwardGate.mayHoldForward(HtmlSketch.of(body));
            assertTrue(through || !peeled, () -> "a forward the gate keeps from the peeler:\n" + body);
            // HTML-only mail: the sketch read off the parsed tree
            boolean throughTree = ForwardGate.mayHoldForward(HtmlSketch.of(HtmlDocuments.parse(body)));
            assertTrue(throughTree || !peeled, () -> "a forward the gate on the tree keeps from the peeler:\n" + body);
            gatedTree += throughTree ? 0 : 1;
            gated += through ? 0 : 1;
            forwards += peeled ? 1 : 0;
        }
        assertTrue(gated > rounds / 20, "bodies the gate keeps from the peeler: " + gated);
        assertTrue(gatedTree > rounds / 20, "bodies the gate on the tree keeps from the peeler: " + gatedTree);
        assertTrue(forwards > rounds / 10, "bodies the peeler finds a forward in: " + forwards);
    }

    /**
     * The gate reads a text as squeezed without making the squeezed string: it finds a label or separator exactly
     * where the squeezed string contains one, also where the needle begins inside a character's fold ("ﬀ" is "ff").
     */
    @Test
    void theNeedlesAreFoundInPlaceAsInTheSqueezedText() {
        List<String> needles = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Language language : ForwardVocabulary.LANGUAGES) {
            language.labels().forEach((label, field) -> {
                if (field == HeaderField.FROM) {
                    needles.add(Keys.squeezed(label) + ":");
                    written.add(label + ":");
                }
            });
            language.separators().forEach(phrase -> {
                needles.add(Keys.squeezed(phrase));
                written.add(phrase);
            });
        }
        List<String> pieces = new ArrayList<>();
        for (String word : written) {
            pieces.add(word);
            pieces.add(word.toUpperCase(java.util.Locale.ROOT));
            pieces.add(word.substring(0, word.length() / 2)); // halves: a needle broken by what stands between them
            pieces.add(word.substring(word.length() / 2));
            pieces.add(word.substring(1));
        }
        pieces.addAll(List.of(" ", "\n", "*", "\u200b", "\u00ad", "\uFB00", "\uFB01", "\u00df", "\uFF26", "\uFF1A", "\u00e9",
                "e\u0301", "\uD83D\uDE00", ":", "@", "ra:", "om:", "de", "fr", "river ", "> "));
        Random random = new Random(20261207);
        int found = 0;
        int rounds = 50_000;
        for (int round = 0; round < rounds; round++) {
            String text = RandomTexts.pieces(random, pieces, 8, "");
            String squeezed = Keys.squeezed(text);
            boolean holds = needles.stream().anyMatch(squeezed::contains);
            assertEquals(holds, ForwardGate.holdsNeedle(text), () -> RandomTexts.escaped(text));
            found += holds ? 1 : 0;
        }
        assertTrue(found > rounds / 10 && found < rounds * 9 / 10, "texts with a needle: " + found);
        assertTrue(ForwardGate.holdsNeedle("\uFB00ra: Ann"), "a needle from the second letter of a fold: " + Keys.squeezed("\uFB00ra:"));
    }

    @Test
    void squeezingGivesWhatTheStringBuilderVersionGave() {
        char[] alphabet = {'a', 'F', 'r', ' ', '\n', '*', '`', ':', '\u00e9', '\u00c9', '\u00df', '\ufb01', '\u200b', '\uff26',
            '\uff1a', '\u00a0', '\u0130', '\u0410', '\u3000', '\u2163'};
        Random random = new Random(20261206);
        for (int n = 0; n < 100_000; n++) {
            String text = RandomTexts.of(random, alphabet, 30);
            assertEquals(stringBuilderSqueezed(text), Keys.squeezed(text), () -> RandomTexts.escaped(text));
        }
    }

    /** Keys.squeezed as it was written before it squeezed into a char array: the reference it is held to */
    private static String stringBuilderSqueezed(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (!Keys.isSqueezedOut(c) && c != '*') {
                    out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c == '`' ? '\'' : c);
                }
            } else if (!Keys.isSqueezedOut(c)) {
                out.append(Keys.of(String.valueOf(c)).replace(" ", "").replace("*", ""));
            }
        }
        return out.toString();
    }

    @Test
    void theVocabularySqueezesAsItsKeysFold() {
        for (Language language : ForwardVocabulary.LANGUAGES) {
            List<String> words = new ArrayList<>(language.labels().keySet());
            words.addAll(language.separators());
            words.addAll(language.wrote());
            for (String word : words) {
                for (String written : List.of(word, word.toUpperCase(java.util.Locale.ROOT),
                        java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))) {
                    assertEquals(Keys.of(written).replace(" ", "").replace("*", ""), Keys.squeezed(written), written);
                }
            }
        }
    }

    @Test
    void plainMailIsKeptFromThePeeler() {
        assertFalse(ForwardGate.mayHoldForward(HtmlSketch.of("<p>Hi Ann,</p><p>the river rose. From the bridge: nothing.</p>")));
        assertTrue(ForwardGate.mayHoldForward(HtmlSketch.of("<p><b>From</b>&nbsp;: Ann</p>")));
        assertTrue(ForwardGate.mayHoldForward(HtmlSketch.of("<p>Begin forwarded message</p>")));
        assertTrue(ForwardGate.mayHoldForward(HtmlSketch.of("<hr><p>4.3.2024, 10:15, ann@example.org:</p>")));
        assertFalse(ForwardGate.mayHoldForward(HtmlSketch.of("<p>write to ann@example.org - thanks</p>")));
        assertTrue(ForwardGate.mayHoldForward(HtmlSketch.of("<p>-----</p><p>4.3.2024, 10:15, ann@example.org:</p>")));
        String farBelowTheRule = "<p>-----</p><p>" + "word ".repeat(200) + "</p><p>4.3.2024, 10:15, ann@example.org:</p>";
        assertFalse(ForwardGate.mayHoldForward(HtmlSketch.of(farBelowTheRule)), "a rule is no separator of a line far below");
        assertFalse(HtmlForwards.peel(farBelowTheRule).isForward());
    }
}
