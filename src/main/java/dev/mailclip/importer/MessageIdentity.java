package dev.mailclip.importer;

import dev.mailclip.article.Identity;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawHeaders;
import dev.mailclip.mailbox.RawMessage;

import java.nio.charset.StandardCharsets;

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
        String id = RawHeaders.first(RawHeaders.fields(bytes, MAX_HEADER_BYTES, StandardCharsets.ISO_8859_1),
                "message-id");
        return id == null || id.isEmpty() ? null : id;
    }
}
