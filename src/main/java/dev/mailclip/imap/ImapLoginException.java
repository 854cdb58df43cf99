package dev.mailclip.imap;

import java.io.IOException;

/** The server refused the user and password: one line naming the server and what it said. */
public final class ImapLoginException extends IOException {
    public ImapLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
