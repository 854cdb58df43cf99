package dev.mailclip.importer;

import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.mailbox.RawMessage;

/** Turns one raw message into a record: {@link #of} a {@link Mailclip}, or a stand-in in tests. */
@FunctionalInterface
public interface Extractor {
    Article extract(RawMessage raw) throws UnreadableMessageException;

    /**
     * The id the message's record will have, when it can be told without the extract (the importer then passes
     * over a message its sink already holds); null when it cannot. The default tells none.
     */
    default String recordId(RawMessage raw) {
        return null;
    }

    /** Mailclip's extract, and the record id it reads from the header block alone ({@link Mailclip#recordId}). */
    static Extractor of(Mailclip mailclip) {
        return new Extractor() {
            @Override
            public Article extract(RawMessage raw) throws UnreadableMessageException {
                return mailclip.extract(raw);
            }

            @Override
            public String recordId(RawMessage raw) {
                return mailclip.recordId(raw);
            }
        };
    }
}
