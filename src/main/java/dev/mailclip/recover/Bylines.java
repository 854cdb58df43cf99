package dev.mailclip.recover;

import java.util.regex.Pattern;

/** Cleans a byline line into an author name: "By", "Written by", "von" and trailing punctuation go. */
public final class Bylines {
    private static final Pattern PREFIX = Pattern.compile("(?iu)^(?:by|written by|posted by|von|par|por|di|door|av|af)\\s*:?\\s+");

    private Bylines() {
    }

    /** @return the name, or null when the line cannot be a byline (empty, too long, a sentence) */
    public static String clean(String line) {
        if (line == null) {
            return null;
        }
        String s = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = PREFIX.matcher(s).replaceFirst("");
        s = s.replaceAll("[\\s,;|·•–—-]+$", "").strip();
        if (s.isEmpty() || s.length() > 120 || s.endsWith(".") && s.split(" ").length > 8) {
            return null;
        }
        return s;
    }
}
