package dev.mailclip.forward;

/**
 * Reads the forward prefix of a message subject ("FW:", "WG:", "TR:", "RV:", "I:", "Doorst:", ...).
 * Only the first prefix counts: "AW: WG: Plan" is a reply to a forward, and a reply quotes its
 * message under an attribution line just like a forward does.
 */
final class ForwardSubjects {
    private ForwardSubjects() {
    }

    /** Whether the subject starts with a forward prefix of any language of the vocabulary. */
    static boolean isForward(String subject) {
        return subject != null && afterForwardPrefix(subject.strip()) != null;
    }

    /** The subject without its leading forward prefixes ("Fwd: FW: Plan" gives "Plan"); null when blank. */
    static String original(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.strip();
        for (String rest = afterForwardPrefix(s); rest != null; rest = afterForwardPrefix(s)) {
            s = rest;
        }
        return s.isEmpty() ? null : s;
    }

    /** The stripped text after a leading forward prefix and its colon, or null when it has none. */
    private static String afterForwardPrefix(String s) {
        int reach = Math.min(s.length(), ForwardVocabulary.MAX_PREFIX_LENGTH + 2);
        for (int i = 1; i < reach; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                return ForwardVocabulary.isForwardPrefix(s.substring(0, i)) ? s.substring(i + 1).strip() : null;
            }
        }
        return null;
    }
}
