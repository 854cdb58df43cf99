package dev.mailclip.sink.solr;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.ForwardLayer;
import dev.mailclip.article.MailInfo;
import dev.mailclip.sink.NearDuplicates;
import dev.mailclip.article.Sighting;
import org.apache.solr.common.SolrInputDocument;

import java.io.UncheckedIOException;
import java.util.Date;

/**
 * A record as Solr documents (field names in solr/configsets/mailclip/conf/managed-schema.xml).
 * Two types share the collection: {@code record}, keyed by the message identity, and {@code claim},
 * keyed by {@link #claimId(String) "key:" + articleKey}, whose {@code owner} names the record that
 * holds the article.
 */
final class SolrDocs {
    static final String TYPE_RECORD = "record";
    static final String TYPE_CLAIM = "claim";

    private SolrDocs() {
    }

    static String claimId(String articleKey) {
        return "key:" + articleKey;
    }

    static SolrInputDocument record(Article a, Date importedAt) {
        return record(a, a.id(), importedAt);
    }

    /**
     * @param docId the document's id: the record's, or for an article seen again the id of the message that
     *              first claimed it (the document stays where it is while {@code json} names the most trusted copy)
     */
    static SolrInputDocument record(Article a, String docId, Date importedAt) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", docId);
        d.setField("type", TYPE_RECORD);
        put(d, "articleKey", a.articleKey());
        put(d, "kind", a.kind() == null ? "mail" : a.kind().json());
        put(d, "title", a.title());
        put(d, "url", a.url());
        put(d, "published", SolrDates.toSolr(a.published()));
        put(d, "published_raw", a.published());
        put(d, "date", SolrDates.toSolr(a.date()));
        put(d, "date_raw", a.date());
        put(d, "site", a.site());
        put(d, "author", a.author());
        put(d, "text", a.text());
        put(d, "html", a.html());
        put(d, "note", a.note());
        MailInfo m = a.mail();
        if (m != null) {
            put(d, "messageId", m.messageId());
            put(d, "from", m.from());
            put(d, "to", m.to());
            put(d, "subject", m.subject());
            put(d, "mailDate", SolrDates.toSolr(m.date()));
            put(d, "mailDate_raw", m.date());
            for (String label : m.labels()) {
                d.addField("labels", label);
            }
            put(d, "folder", m.folder());
            put(d, "threadId", m.threadId());
            put(d, "source", m.source());
        }
        // parallel lists: "" keeps a layer's place when it lacks a value
        for (ForwardLayer f : a.forwarded()) {
            d.addField("forwarded_from", orEmpty(f.from()));
            d.addField("forwarded_to", orEmpty(f.to()));
            d.addField("forwarded_date", orEmpty(f.date()));
            d.addField("forwarded_subject", orEmpty(f.subject()));
        }
        if (!a.evidence().isEmpty()) {
            try {
                d.setField("evidence", ArticleJson.mapper().writeValueAsString(a.evidence()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Attachment att : a.attachments()) {
            d.addField("attachment_names", orEmpty(att.name()));
            d.addField("attachment_types", orEmpty(att.contentType()));
        }
        java.util.Set<String> labels = new java.util.TreeSet<>();
        for (Sighting s : a.sightings()) {
            d.addField("sighting_ids", s.id());
            d.addField("sighting_dates", orEmpty(s.date()));
            d.addField("sighting_from", orEmpty(s.from()));
            d.addField("sighting_notes", orEmpty(s.note()));
            labels.addAll(s.labels());
        }
        for (String label : labels) {
            d.addField("sighting_labels", label);
        }
        long[] signature = NearDuplicates.signature(a.text());
        if (signature != null) {
            d.setField("minhash", java.util.Base64.getEncoder().encodeToString(NearDuplicates.toBytes(signature)));
            for (long band : NearDuplicates.bands(signature)) {
                d.addField("minhash_bands", Long.toHexString(band));
            }
        }
        d.setField("json", ArticleJson.line(a));
        d.setField("importedAt", importedAt);
        return d;
    }

    /**
     * A claim that may only be created, never replaced: {@code _version_ = -1} makes Solr refuse it
     * (409) when a document with its id exists, atomically on the shard leader.
     */
    static SolrInputDocument newClaim(String articleKey, String owner) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField("id", claimId(articleKey));
        d.setField("type", TYPE_CLAIM);
        d.setField("articleKey", articleKey);
        d.setField("owner", owner);
        d.setField("_version_", -1L);
        return d;
    }

    private static void put(SolrInputDocument d, String field, Object value) {
        if (value != null) {
            d.setField(field, value);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
