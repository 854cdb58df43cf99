package dev.mailclip.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed into {@code search}, as words and "quoted phrases" of letters and digits only,
 * so that no user text is ever read as a search engine's query syntax ({@code NEAR(}, {@code *},
 * {@code AND}, a lone {@code "}). Each engine then writes the terms in its own quoting.
 *
 * @param words the words of the term, one for a plain word, several for a phrase
 */
public record SearchTerms(List<String> words, boolean phrase) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static List<SearchTerms> parse(String query) {
        List<SearchTerms> terms = new ArrayList<>();
        String[] parts = query.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            List<String> words = new ArrayList<>();
            Matcher m = WORD.matcher(parts[i]);
            while (m.find()) {
                words.add(m.group());
            }
            if (words.isEmpty()) {
                continue;
            }
            // odd parts lie between quotes, unless the last quote was never closed
            if (i % 2 == 1 && i < parts.length - 1) {
                terms.add(new SearchTerms(words, true));
            } else {
                words.forEach(w -> terms.add(new SearchTerms(List.of(w), false)));
            }
        }
        return terms;
    }

    /** The term as one string, a phrase in double quotes. */
    public String quoted() {
        return "\"" + String.join(" ", words) + "\"";
    }
}
