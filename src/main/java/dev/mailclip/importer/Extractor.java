package dev.mailclip.importer;

import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.RawMessage;

/** Turns one raw message into a record: {@code new Mailclip()::extract}, or a stand-in in tests. */
@FunctionalInterface
public interface Extractor {
    Article extract(RawMessage raw) throws UnreadableMessageException;
}
