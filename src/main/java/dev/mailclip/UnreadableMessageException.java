package dev.mailclip;

/**
 * A message that cannot be made into a record (not a message at all, broken beyond reading, over a
 * limit). Its message is one line saying why; the caller quarantines the raw bytes with it.
 */
public class UnreadableMessageException extends Exception {
    public UnreadableMessageException(String reason) {
        super(reason);
    }

    public UnreadableMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
