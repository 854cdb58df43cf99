package dev.mailclip.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Deterministic prose made from the fixtures' own vocabulary, so that generated articles and mails
 * read like the clips (word lengths, accents) without repeating any one of them.
 */
final class Words {
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,14}");
    private final List<String> vocabulary;

    private Words(List<String> vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Every word of the text fixtures under {@code dirs}; a fixed list when none is found. */
    static Words from(Path... dirs) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    Matcher m = WORD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        seen.add(m.group().toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        if (seen.size() < 100) {
            seen.addAll(List.of("the", "report", "council", "river", "market", "season", "vote", "study", "water",
                    "city", "minister", "people", "week", "price", "school", "energy", "plan", "team", "court"));
        }
        return new Words(new ArrayList<>(seen));
    }

    String word(SplittableRandom r) {
        // skewed towards the front of the list: a few words are common, most are rare, as in prose
        int n = vocabulary.size();
        int i = (int) (n * Math.pow(r.nextDouble(), 2.2));
        return vocabulary.get(Math.min(i, n - 1));
    }

    String sentence(SplittableRandom r) {
        int n = 6 + r.nextInt(18);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word(r);
            sb.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            sb.append(i == n - 1 ? (r.nextInt(8) == 0 ? "?" : ".") : (r.nextInt(9) == 0 ? ", " : " "));
        }
        return sb.toString();
    }

    String paragraph(SplittableRandom r) {
        int n = 2 + r.nextInt(5);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(sentence(r));
        }
        return sb.toString();
    }

    List<String> paragraphs(SplittableRandom r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(paragraph(r));
        }
        return out;
    }

    String title(SplittableRandom r) {
        int n = 4 + r.nextInt(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String w = word(r);
            sb.append(i == 0 || r.nextBoolean() ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            if (i < n - 1) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    String slug(SplittableRandom r) {
        return word(r) + "-" + word(r) + "-" + word(r);
    }
}
