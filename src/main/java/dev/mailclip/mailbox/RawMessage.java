package dev.mailclip.mailbox;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of one message (or loose clip file), exactly as stored, and where they came from.
 *
 * @param size the message's full size in bytes; larger than {@code bytes.length} when a source cut
 *             the message at the size limit (then {@code bytes} is only its head, kept for quarantine)
 */
public record RawMessage(byte[] bytes, Origin origin, long size) {

    public RawMessage(byte[] bytes, Origin origin) {
        this(bytes, origin, bytes.length);
    }

    /** the bytes of a header block read for its Message-ID: a hostile message may put it far down */
    private static final int MAX_HEADER_BYTES = 256 * 1024;

    /**
     * The Message-ID field's value as written (angle brackets included), read from the raw header block
     * without parsing the message; null for a loose clip file or when there is none.
     */
    public String messageId() {
        if (origin != null && origin.format() != Origin.Format.MESSAGE) {
            return null;
        }
        String id = RawHeaders.first(RawHeaders.fields(bytes, MAX_HEADER_BYTES, StandardCharsets.ISO_8859_1),
                "message-id");
        return id == null || id.isEmpty() ? null : id;
    }

    /** Whether only the head of the message was read (it is over the message size limit). */
    public boolean truncated() {
        return size > bytes.length;
    }
}
