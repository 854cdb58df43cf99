package dev.mailclip.recover;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text clip as lines, with the lines that recognisers have taken as metadata (title,
 * URL, byline, separators, boilerplate) marked used; what is left is the article body.
 */
final class TextClip {
    private static final Pattern RULE = Pattern.compile("^[-_=—–*]{3,}$");
    /** the letters of a word, on average, in the scripts that write no spaces between words and are no CJK */
    private static final int LETTERS_PER_UNSPACED_WORD = 3;
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[-*•]|\\d{1,3}[.)])\\s.*");
    private final List<String> lines = new ArrayList<>();
    private final boolean[] used;

    public TextClip(String text) {
        this(HtmlText.tidy(text).split("\n", -1));
    }

    /** From a text already tidied ({@link HtmlText#tidy}): the recovery tidies a message's text once. */
    static TextClip ofTidy(String tidy) {
        return new TextClip(tidy.split("\n", -1));
    }

    private TextClip(String[] lines) {
        this.lines.addAll(java.util.Arrays.asList(lines));
        used = new boolean[lines.length];
    }

    public int size() {
        return lines.size();
    }

    public String line(int i) {
        return lines.get(i);
    }

    public boolean isUsed(int i) {
        return used[i];
    }

    /** True for a line that is a rule of dashes, underscores, equals signs or stars: layout. */
    public static boolean isRule(String line) {
        return RULE.matcher(line.strip()).matches();
    }

    /** Takes the line after {@code i} when it is a rule (the line under a clip's head). */
    public void useRuleAfter(int i) {
        int after = next(i);
        if (after >= 0 && isRule(lines.get(after))) {
            use(after);
        }
    }

    /** Takes a line out of the body. */
    public void use(int i) {
        used[i] = true;
    }

    /** Replaces a line's text (a label taken off the front of a paragraph). */
    public void replace(int i, String text) {
        lines.set(i, text);
        if (text.isBlank()) {
            used[i] = true;
        }
    }

    /** Indexes of the first {@code n} non-blank lines not yet used, in order. */
    public List<Integer> head(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size() && out.size() < n; i++) {
            if (!used[i] && !lines.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }

    /** Indexes of the last {@code n} non-blank lines not yet used, last first. */
    public List<Integer> tail(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && out.size() < n; i--) {
            if (!used[i] && !lines.get(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The next non-blank, unused line after {@code i}, or -1. */
    public int next(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!used[j] && !lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** True when a blank line (or a used one) separates line i from the next unused line. */
    public boolean blankAfter(int i) {
        return i + 1 < lines.size() && (lines.get(i + 1).isBlank() || used[i + 1]);
    }

    /** Words in the lines not used, as a reader counts them ({@link #readingWords}). */
    public int bodyWords() {
        int words = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!used[i] && !lines.get(i).isBlank()) {
                words += readingWords(lines.get(i));
            }
        }
        return words;
    }

    /**
     * How long a text is to read, in words: {@link #words}, except that a Chinese character or a Japanese kana
     * is a word of its own, as word processors count them. Those scripts put no spaces between words, and a
     * paragraph of them would otherwise be one word: an article clipped in Japanese would never be long enough
     * to be kept reading. Thai, Lao, Burmese and Khmer count a word every three letters. For the lengths that decide article or mail; a line's shape keeps {@link #words}.
     */
    static int readingWords(String text) {
        return Math.max(countWords(text, Integer.MAX_VALUE, true), 1);
    }

    /**
     * {@code line.strip().split("\\s+").length} for a non-blank line, without a regex or an array:
     * the runs of characters other than ASCII whitespace (what {@code \\s} matches) between the
     * first and last non-whitespace character. Counted for every body line of every message.
     */
    static int words(String line) {
        return Math.max(countWords(line, Integer.MAX_VALUE, false), 1);
    }

    /** Whether {@link #words} of the line is above {@code n}: counts no further than that. */
    static boolean wordsOver(String line, int n) {
        return Math.max(countWords(line, n + 1, false), 1) > n;
    }

    /** The words of {@link #words}, or {@code stopAt} as soon as there are that many. */
    private static int countWords(String line, int stopAt, boolean unspacedLetters) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int words = 0;
        int syllableLetters = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (unspacedLetters && c >= '\u0e00' && c <= '\u17ff' && isUnspacedSyllableScript(c)) {
                // Thai, Lao, Burmese, Khmer: no spaces between words, a word about three letters (marks aside)
                if (Character.isLetter(c) && syllableLetters++ % LETTERS_PER_UNSPACED_WORD == 0 && ++words >= stopAt) {
                    return words;
                }
                inWord = true;
                continue;
            }
            boolean ownWord = unspacedLetters && c >= '\u3040' && isUnspacedLetter(c);
            if (!space && (!inWord || ownWord) && ++words >= stopAt) {
                return words;
            }
            inWord = !space && !ownWord; // after a Chinese or Japanese letter, any other character starts a word
        }
        return words;
    }

    /** Thai, Lao, Burmese and Khmer, which write words without spaces between them. */
    private static boolean isUnspacedSyllableScript(char c) {
        return c <= '\u0eff' || c >= '\u1000' && c <= '\u109f' || c >= '\u1780';
    }

    /** Hiragana, katakana (full and half width) and the CJK ideographs of the basic plane. */
    static boolean isUnspacedLetter(int c) {
        return c >= 0x3040 && c <= 0x30ff || c >= 0x3400 && c <= 0x4dbf || c >= 0x4e00 && c <= 0x9fff
                || c >= 0xf900 && c <= 0xfaff || c >= 0xff66 && c <= 0xff9f;
    }

    /**
     * The body: the lines not used, paragraphs separated by one blank line. Hard-wrapped text
     * (Gmail wraps plain text at 78 columns) is joined back into paragraphs; short lines such as
     * list items keep their breaks.
     */
    public String body() {
        int wrap = wrapWidth();
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        String prev = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (used[i] || line.isBlank()) {
                flush(out, para);
                prev = null;
                continue;
            }
            if (prev != null) {
                boolean joined = wrap > 0 && prev.length() >= wrap - 20 && !startsItem(line);
                para.append(joined ? " " : "\n");
            }
            para.append(line.strip());
            prev = line;
        }
        flush(out, para);
        return out.toString();
    }

    private static boolean startsItem(String line) {
        return LIST_ITEM.matcher(line).matches();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        if (para.length() > 0) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(para);
            para.setLength(0);
        }
    }

    /**
     * The column the text was hard-wrapped at, or 0 when it was not: most lines that run on
     * into another line end within a few columns of the same width, and no line is much longer.
     */
    private int wrapWidth() {
        int max = 0;
        int continued = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!used[i] && !lines.get(i).isBlank() && !lines.get(i + 1).isBlank()) {
                continued++;
                max = Math.max(max, lines.get(i).length());
            }
        }
        if (continued < 3 || max < 60 || max > 100) {
            return 0;
        }
        for (String line : lines) {
            if (line.length() > max + 2) {
                return 0;
            }
        }
        return max;
    }
}
