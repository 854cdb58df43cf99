package dev.mailclip.sink;

import dev.mailclip.article.Article;

/**
 * Where records go. Implementations are found through {@link SinkProvider} by URI scheme.
 * <p>
 * A sink is idempotent: a record whose message identity ({@link Article#id()}) is already stored (as a
 * record or as one of an article's sightings) is reported as a {@link Outcome#DUPLICATE} and changes
 * nothing, so importing the same mailbox twice adds nothing. A new message carrying an article already
 * stored ({@link Article#articleKey()}) is a {@link Outcome#SIGHTING}: the sink keeps it with the article
 * and the article takes the best value of each field ({@link dev.mailclip.article.Sightings#merge}).
 * Calls may come from several threads.
 */
public interface Sink extends AutoCloseable {

    /** What became of a record handed to {@link #accept}. */
    enum Outcome {
        /** a new record */
        STORED,
        /** a message already stored: nothing changed */
        DUPLICATE,
        /** a new message carrying an article already stored: kept as a sighting of it */
        SIGHTING
    }

    /**
     * Stores a record, or recognises it as already stored.
     *
     * @throws SinkException when the sink cannot be written; the import stops with a one-line message
     */
    Outcome accept(Article article) throws SinkException;

    /** Keeps a message that could not be made into a record: its raw bytes and the reason. */
    void quarantine(Quarantined item) throws SinkException;

    /**
     * Records that {@link #accept} reported {@link Outcome#STORED} but that the sink could not write in the
     * end — a batched write that kept failing after {@link #accept} returned. The sink has already kept
     * each one (e.g. in a local quarantine folder); the caller counts it as quarantined instead of stored.
     * Each is returned once. Callers ask after {@link #accept} and after {@link #flush}. A sink that writes
     * within {@link #accept} never fails late: the default returns none.
     */
    default java.util.List<Article> drainFailures() {
        return java.util.List.of();
    }

    /**
     * Whether this sink keeps the attachments' bytes ({@link dev.mailclip.article.Attachment#bytes()}).
     * Records carry them undecoded; when this says yes, the importer has them decoded on its extract
     * workers, in parallel, rather than on the one thread that writes. The default keeps none.
     */
    default boolean keepsAttachmentBytes() {
        return false;
    }

    /**
     * Whether the sink already holds a message of this record id ({@link dev.mailclip.article.Article#id()}),
     * as a record or as a sighting of one: the importer then passes over it without extracting it, and counts
     * it a duplicate, as {@link #accept} would have. Called by the importer's reading thread while another
     * thread writes: what the sink has made durable is enough, and false when unsure. The default holds none.
     */
    default boolean holdsMessage(String id) {
        return false;
    }

    /**
     * Whether {@link #holdsMessage} can say yes at all: false for a sink that held no message when it was opened (a
     * new archive), whose importer then reads no message's id to ask it. A message met twice in one import is still
     * a duplicate: {@link #accept} tells. The default, as {@link #holdsMessage}'s, holds none.
     */
    default boolean heldMessagesWhenOpened() {
        return false;
    }

    /** Makes everything accepted so far durable (ends a batch). */
    default void flush() throws SinkException {
    }

    /** Flushes and releases the sink. */
    @Override
    void close() throws SinkException;
}
