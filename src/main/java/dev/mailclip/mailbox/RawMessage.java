package dev.mailclip.mailbox;

/** The bytes of one message (or loose clip file), exactly as stored, and where they came from. */
public record RawMessage(byte[] bytes, Origin origin) {
}
