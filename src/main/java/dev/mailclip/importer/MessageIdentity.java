package dev.mailclip.importer;

import dev.mailclip.article.Identity;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The identity of a message that never became a record (quarantined), in the form of
 * {@link dev.mailclip.article.Article#id()}: {@code msgid:<Message-ID>} when the header block has
 * one, else {@code sha256:<hex of the bytes>}. Only the raw header block is scanned, bounded.
 */
final class MessageIdentity {
    private static final int MAX_HEADER_BYTES = 256 * 1024;

    private MessageIdentity() {
    }

    public static String of(RawMessage raw) {
        boolean message = raw.origin() == null || raw.origin().format() == Origin.Format.MESSAGE;
        return Identity.ofMessage(message ? messageId(raw.bytes()) : null, raw.bytes());
    }

    /** The Message-ID field's value, angle brackets included, or null. */
    static String messageId(byte[] bytes) {
        int n = Math.min(bytes.length, MAX_HEADER_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\n\n");
        int endCrlf = head.indexOf("\r\n\r\n");
        if (endCrlf >= 0 && (end < 0 || endCrlf < end)) {
            end = endCrlf;
        }
        if (end >= 0) {
            head = head.substring(0, end);
        }
        String unfolded = head.replaceAll("\r?\n(?=[ \t])", "");
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("message-id")) {
                String v = line.substring(colon + 1).trim();
                return v.isEmpty() ? null : v;
            }
        }
        return null;
    }
}
