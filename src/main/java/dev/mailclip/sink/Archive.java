package dev.mailclip.sink;

import dev.mailclip.article.Article;
import dev.mailclip.article.Identity;

import java.util.Comparator;
import java.util.List;

/**
 * An archive read back: what {@code mailclip show}, {@code list}, {@code export} and {@code search} use,
 * opened through {@link Sinks#openArchive} from the sink's own {@link SinkProvider#openArchive}. The
 * command line names no sink class: a new sink that can be read back or searched needs no change
 * outside its own package.
 */
public interface Archive extends AutoCloseable {

    /** By {@code date}, then {@code id}; records without a date last. */
    Comparator<Article> BY_DATE = Comparator
            .comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The records that pass the filter, sorted {@link #BY_DATE}. */
    List<Article> list(RecordFilter filter) throws SinkException;

    /**
     * {@link #list}, where the attachments' bytes may be left out (their descriptions stay): for pages and counts
     * over many records. The default is {@link #list}.
     */
    default List<Article> summaries(RecordFilter filter) throws SinkException {
        return list(filter);
    }

    /**
     * The record whose id, or one of whose sightings' ids, is {@code idOrUrl}, else the article with that URL
     * (or article key); null when there is none.
     */
    Article find(String idOrUrl) throws SinkException;

    /** Whether {@link #search} works here (its provider says so through {@link SinkProvider#canSearch}). */
    default boolean canSearch() {
        return false;
    }

    /**
     * Articles that contain every word of the query ("a phrase" as written), best first, among those that
     * pass the filter.
     */
    default List<SearchHit> search(String query, RecordFilter filter, int limit) throws SinkException {
        throw new SinkException("this archive cannot be searched");
    }

    /** Articles whose text is nearly the record's, most similar first; none where the archive keeps no links. */
    default List<NearDuplicate> nearDuplicates(Article record) throws SinkException {
        return List.of();
    }

    /**
     * The stored bytes of the record's inline part whose Content-ID is {@code contentId} (without angle brackets),
     * what its HTML's {@code cid:} images show; null when there is none. The default looks in the record's
     * attachments as {@link #find} gives them.
     */
    default dev.mailclip.article.Attachment inlinePart(String recordId, String contentId) throws SinkException {
        Article a = find(recordId);
        if (a == null || !recordId.equals(a.id())) {
            return null;
        }
        for (dev.mailclip.article.Attachment att : a.attachments()) {
            if (att.contentId() != null && att.contentId().replaceAll("^<|>$", "").equals(contentId)) {
                return att;
            }
        }
        return null;
    }

    /** The quarantined messages, newest first; none where the archive keeps them elsewhere or not at all. */
    default List<QuarantineEntry> quarantined() throws SinkException {
        return List.of();
    }

    /** The raw bytes of the quarantined message {@code id}, as read; null when there is none. */
    default byte[] quarantinedBytes(String id) throws SinkException {
        return null;
    }

    @Override
    void close() throws SinkException;

    /** {@link #find} over records in hand. */
    static Article find(List<Article> records, String idOrUrl) {
        String norm = Identity.normaliseUrl(idOrUrl);
        String key = norm == null ? idOrUrl : "url:" + norm;
        for (Article a : records) {
            if (dev.mailclip.article.Sightings.carries(a, idOrUrl)) {
                return a;
            }
        }
        for (Article a : records) {
            if (key.equals(a.articleKey()) || idOrUrl.equals(a.articleKey())) {
                return a;
            }
        }
        return null;
    }
}
