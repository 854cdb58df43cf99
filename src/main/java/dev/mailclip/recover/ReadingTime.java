package dev.mailclip.recover;

import java.util.regex.Pattern;

/** Reader View's reading-time line ("9–11 minutes", "~4 minutes", "5 min read"): not a date. */
final class ReadingTime {
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)^~?\\s*\\d{1,3}(?:\\s*[–—-]\\s*\\d{1,3})?\\s*(?:minutes?|mins?|min read|minute read|Minuten|minutos|minuti)(?:\\s+read)?\\.?$");

    private ReadingTime() {
    }

    public static boolean is(String line) {
        return line != null && line.length() < 40 && READING_TIME.matcher(line.strip()).matches();
    }
}
