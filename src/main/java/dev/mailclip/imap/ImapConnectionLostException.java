package dev.mailclip.imap;

import java.io.IOException;

/**
 * The connection to the server dropped and did not come back within the retries. What was read before
 * is stored, and the folder's mark says where a rerun goes on.
 */
final class ImapConnectionLostException extends IOException {
    public ImapConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
