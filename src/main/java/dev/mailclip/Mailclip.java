package dev.mailclip;

import dev.mailclip.article.Article;
import dev.mailclip.mailbox.RawMessage;

/**
 * The facade: one raw message (or loose clip file) in, one record out. Thread-safe; share one.
 */
public final class Mailclip {

    public Mailclip() {
    }

    /**
     * Recovers the article from one message, or describes the message when it holds none.
     *
     * @throws UnreadableMessageException when the bytes cannot be made into a record at all
     */
    public Article extract(RawMessage raw) throws UnreadableMessageException {
        throw new UnreadableMessageException("not implemented yet");
    }
}
