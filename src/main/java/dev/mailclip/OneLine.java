package dev.mailclip;

import java.util.regex.Pattern;

/**
 * The message of a failure as one line fit to show a user: whitespace collapsed, the exception's
 * type when it has no message, bounded in length (some libraries put whole documents in messages).
 */
public final class OneLine {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX = 500;

    private OneLine() {
    }

    public static String of(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            m = t.getClass().getSimpleName();
        }
        m = SPACES.matcher(m).replaceAll(" ").trim();
        return m.length() > MAX ? m.substring(0, MAX) + "…" : m;
    }
}
