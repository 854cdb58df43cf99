package dev.mailclip.tika;

import dev.mailclip.article.Article;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.ForwardLayer;
import dev.mailclip.article.MailInfo;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

import java.util.Map;

/**
 * Writes a record into Tika metadata: the Dublin Core keys a search host indexes (title, source
 * URL, publisher, creator, created) and every record field under the {@code mailclip:} prefix.
 */
final class ArticleMetadata {
    static final String PREFIX = "mailclip:";

    private ArticleMetadata() {
    }

    /** The Dublin Core view of an article; it replaces the subject-as-title and the mail date Tika set. */
    static void writeDublinCore(Article a, Metadata md) {
        setIfPresent(md, TikaCoreProperties.TITLE.getName(), a.title());
        // as Tika's parsers write it (UTC, seconds); a date it cannot read leaves the mail's Date Tika set
        setIfPresent(md, TikaCoreProperties.CREATED.getName(), TikaDates.utc(a.date()));
        setIfPresent(md, TikaCoreProperties.SOURCE.getName(), a.url());
        setIfPresent(md, TikaCoreProperties.IDENTIFIER.getName(), a.url());
        setIfPresent(md, TikaCoreProperties.PUBLISHER.getName(), a.site());
        // without a byline the envelope's creator (the sender) stays: hosts read it for mail
        setIfPresent(md, TikaCoreProperties.CREATOR.getName(), a.author());
    }

    /** Every field of the record under {@code mailclip:}; lists become multi-valued keys. */
    static void writeRecord(Article a, Metadata md) {
        set(md, "kind", a.kind().json());
        set(md, "title", a.title());
        set(md, "url", a.url());
        set(md, "published", a.published());
        set(md, "date", a.date());
        set(md, "site", a.site());
        set(md, "author", a.author());
        set(md, "note", a.note());
        set(md, "id", a.id());
        set(md, "articleKey", a.articleKey());
        for (Map.Entry<String, String> e : a.evidence().entrySet()) {
            set(md, "evidence:" + e.getKey(), e.getValue());
        }
        // forwarded layers outermost first; the lists stay aligned, a missing value is ""
        for (ForwardLayer f : a.forwarded()) {
            add(md, "forwarded:from", f.from());
            add(md, "forwarded:to", f.to());
            add(md, "forwarded:date", f.date());
            add(md, "forwarded:subject", f.subject());
        }
        MailInfo m = a.mail();
        if (m != null) {
            set(md, "mail:messageId", m.messageId());
            set(md, "mail:from", m.from());
            set(md, "mail:to", m.to());
            set(md, "mail:subject", m.subject());
            set(md, "mail:date", m.date());
            set(md, "mail:folder", m.folder());
            set(md, "mail:threadId", m.threadId());
            for (String label : m.labels()) {
                md.add(PREFIX + "mail:labels", label);
            }
        }
        for (Attachment att : a.attachments()) {
            add(md, "attachment:name", att.name());
            add(md, "attachment:contentType", att.contentType());
        }
    }

    private static void set(Metadata md, String key, String value) {
        setIfPresent(md, PREFIX + key, value);
    }

    private static void add(Metadata md, String key, String value) {
        md.add(PREFIX + key, value == null ? "" : value);
    }

    private static void setIfPresent(Metadata md, String key, String value) {
        if (value != null) {
            md.set(key, value);
        }
    }
}
