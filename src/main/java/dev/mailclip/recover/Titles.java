package dev.mailclip.recover;

import java.util.regex.Pattern;

/** What a title line looks like, and the subject as the title of last resort. */
public final class Titles {
    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "(?iu)^\\s*(?:(?:re|fwd?|fw|wg|tr|rv|aw|sv|vs|enc|i|r|vb|vl|odp|pd|ilt|İlt|redir\\.?|转发|回复|轉寄)\\s*(?:\\[\\d+])?\\s*[:：]\\s*)+");

    private Titles() {
    }

    /** Short, not a sentence ending in a full stop, not a URL, a date, a greeting or a label. */
    public static boolean looksLikeTitle(String line) {
        if (line == null) {
            return false;
        }
        String s = line.strip();
        if (s.length() < 3 || s.length() > 250 || s.split("\\s+").length > 35) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (last == '.' && !s.endsWith("...") || last == ',' || last == ';' || last == ':') {
            return false;
        }
        if (Hosts.isUrl(s) || ReadingTime.is(s) || s.startsWith(">") || s.startsWith("-") || s.startsWith("*")) {
            return false;
        }
        return !s.matches("(?iu)^(hi|hello|hey|dear|hallo|bonjour|hola|ciao|thanks|thank you|cheers)\\b.*");
    }

    /** The subject without reply and forward prefixes (Re:, Fwd:, FW:, WG:, TR:, RV: ...). */
    public static String fromSubject(String subject) {
        if (subject == null) {
            return null;
        }
        String s = SUBJECT_PREFIX.matcher(subject).replaceFirst("").strip();
        return s.isEmpty() ? null : s;
    }
}
