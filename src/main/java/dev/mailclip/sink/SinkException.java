package dev.mailclip.sink;

/** A sink cannot be opened or written. Its message is one line, fit to show a user. */
public class SinkException extends Exception {
    public SinkException(String message) {
        super(message);
    }

    public SinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
