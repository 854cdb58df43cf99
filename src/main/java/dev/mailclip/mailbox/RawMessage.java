package dev.mailclip.mailbox;

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

    /** Whether only the head of the message was read (it is over the message size limit). */
    public boolean truncated() {
        return size > bytes.length;
    }
}
