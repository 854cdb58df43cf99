package dev.mailclip.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record mailclip makes of one message: the article recovered from it (kind {@code article})
 * or the message itself (kind {@code mail}). Immutable; its JSON form is the public contract
 * (see docs/RECORD.md). Absent values are null, never empty strings.
 *
 * @param id         the message's identity: {@code msgid:<Message-ID>} or {@code sha256:<hex of its bytes>}
 * @param articleKey the article's identity: {@code url:<normalised URL>} or {@code text:<hash of text>};
 *                   null for kind mail
 * @param published  ISO-8601 date, or RFC 3339 date-time with seconds ({@link Dates}), from the article itself
 * @param date       the date to file under: published, else the innermost forwarded date, else the mail's Date
 * @param note       the sender's or forwarder's own words above the clip, kept apart from the article
 * @param evidence   for each recovered field, where its value was found (e.g. {@code reader-view:h1})
 * @param sightings  in an archive, every message that carried the article (this one too), by date; empty
 *                   (and absent from JSON) for a record fresh from one message; see {@link Sightings}
 */
@JsonPropertyOrder({"kind", "title", "url", "published", "date", "site", "author", "text", "html", "note",
        "mail", "forwarded", "evidence", "attachments", "sightings", "id", "articleKey"})
public record Article(Kind kind, String title, String url, String published, String date, String site,
                      String author, String text, String html, String note, MailInfo mail,
                      List<ForwardLayer> forwarded, Map<String, String> evidence,
                      List<Attachment> attachments,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Sighting> sightings,
                      String id, String articleKey) {

    public Article {
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
        forwarded = forwarded == null ? List.of() : List.copyOf(forwarded);
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        title = blankToNull(title);
        url = blankToNull(url);
        published = Dates.normalise(blankToNull(published));
        date = Dates.normalise(blankToNull(date));
        site = blankToNull(site);
        author = blankToNull(author);
        text = blankToNull(text);
        html = blankToNull(html);
        note = blankToNull(note);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.title = title;
        b.url = url;
        b.published = published;
        b.date = date;
        b.site = site;
        b.author = author;
        b.text = text;
        b.html = html;
        b.note = note;
        b.mail = mail;
        b.forwarded = new ArrayList<>(forwarded);
        b.evidence = new LinkedHashMap<>(evidence);
        b.attachments = new ArrayList<>(attachments);
        b.sightings = new ArrayList<>(sightings);
        b.id = id;
        b.articleKey = articleKey;
        return b;
    }

    /** Builds an {@link Article}; fields left unset are null (lists empty). */
    public static final class Builder {
        private Kind kind = Kind.MAIL;
        private String title, url, published, date, site, author, text, html, note, id, articleKey;
        private MailInfo mail;
        private List<ForwardLayer> forwarded = new ArrayList<>();
        private Map<String, String> evidence = new LinkedHashMap<>();
        private List<Attachment> attachments = new ArrayList<>();
        private List<Sighting> sightings = new ArrayList<>();

        public Builder kind(Kind v) { kind = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder date(String v) { date = v; return this; }
        public Builder site(String v) { site = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder html(String v) { html = v; return this; }
        public Builder note(String v) { note = v; return this; }
        public Builder mail(MailInfo v) { mail = v; return this; }
        public Builder forwarded(List<ForwardLayer> v) { forwarded = new ArrayList<>(v); return this; }
        public Builder evidence(String field, String where) { evidence.put(field, where); return this; }
        public Builder attachments(List<Attachment> v) { attachments = new ArrayList<>(v); return this; }
        public Builder sightings(List<Sighting> v) { sightings = new ArrayList<>(v); return this; }
        public Builder evidence(Map<String, String> v) { evidence = new LinkedHashMap<>(v); return this; }
        public Builder id(String v) { id = v; return this; }
        public Builder articleKey(String v) { articleKey = v; return this; }

        public Article build() {
            return new Article(kind, title, url, published, date, site, author, text, html, note, mail,
                    forwarded, evidence, attachments, sightings, id, articleKey);
        }
    }
}
