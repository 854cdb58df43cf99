package dev.mailclip.imap;

import jakarta.mail.Flags;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gmail's IMAP labels (X-GM-LABELS) and thread id (X-GM-THRID) in the form a Takeout mbox gives them in
 * X-Gmail-Labels and X-GM-THRID, so a message imported over IMAP and the same message from Takeout carry
 * the same {@code mail.labels} and {@code mail.threadId}. IMAP names system labels with a backslash
 * ({@code \Inbox}, {@code \Important}); Takeout writes them plain, and says Opened or Unread from the
 * message's {@code \Seen} flag.
 */
final class GmailLabels {
    private static final Map<String, String> SYSTEM = Map.of(
            "\\Inbox", "Inbox", "\\Important", "Important", "\\Sent", "Sent", "\\Starred", "Starred",
            "\\Draft", "Drafts", "\\Spam", "Spam", "\\Trash", "Trash", "\\Chat", "Chat");

    private GmailLabels() {
    }

    /** @param labels X-GM-LABELS as Angus decodes them (null when the server sent none) */
    static List<String> takeout(String[] labels, Flags flags) {
        List<String> out = new ArrayList<>();
        if (labels != null) {
            for (String label : labels) {
                String name = SYSTEM.getOrDefault(label, label.startsWith("\\") ? label.substring(1) : label);
                if (!name.isEmpty() && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        if (flags != null) {
            out.add(flags.contains(Flags.Flag.SEEN) ? "Opened" : "Unread");
        }
        return out;
    }

    /** X-GM-THRID is an unsigned 64-bit number; Takeout writes it in decimal. Null for 0 (none sent). */
    static String thread(long thrid) {
        return thrid == 0 ? null : Long.toUnsignedString(thrid);
    }

    /**
     * A server without Gmail's extensions: the message's flags as IMAP names them, as a Maildir's
     * file-name flags are read ({@code \Seen}, {@code \Flagged}, …, then user keywords).
     */
    static List<String> flags(Flags flags) {
        List<String> out = new ArrayList<>();
        if (flags == null) {
            return out;
        }
        for (Flags.Flag f : flags.getSystemFlags()) {
            String name = f == Flags.Flag.SEEN ? "\\Seen" : f == Flags.Flag.ANSWERED ? "\\Answered"
                    : f == Flags.Flag.FLAGGED ? "\\Flagged" : f == Flags.Flag.DELETED ? "\\Deleted"
                    : f == Flags.Flag.DRAFT ? "\\Draft" : null; // \Recent is the session's, not the message's
            if (name != null) {
                out.add(name);
            }
        }
        for (String user : flags.getUserFlags()) {
            out.add(user);
        }
        return out;
    }
}
