package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.sink.NearDuplicate;

import java.util.ArrayList;
import java.util.List;

/**
 * The article page: the record, its cleaned HTML, each field with where it was found, its sightings, its
 * forward chain and its near-duplicates.
 */
public record ArticleView(Article record, DisplayHtml body, boolean remoteShown, List<Field> fields,
                          List<NearDuplicate> near) {

    /** A field's value and its evidence (null when the record gives none). */
    public record Field(String name, String value, String evidence) {
    }

    public static ArticleView of(Article a, List<NearDuplicate> near, boolean loadRemote) {
        List<Field> fields = new ArrayList<>();
        String[][] named = {{"title", a.title()}, {"url", a.url()}, {"published", a.published()}, {"date", a.date()},
                {"site", a.site()}, {"author", a.author()}, {"kind", a.kind() == null ? null : a.kind().json()}};
        for (String[] f : named) {
            if (f[1] != null) {
                fields.add(new Field(f[0], f[1], a.evidence().get(f[0])));
            }
        }
        return new ArticleView(a, DisplayHtml.of(a.html(), a.id(), loadRemote), loadRemote, fields, near);
    }

    public String title() {
        if (record.title() != null) {
            return record.title();
        }
        return record.mail() != null && record.mail().subject() != null ? record.mail().subject() : "(untitled)";
    }

    /** The original URL when it is a web address (a link to anything else is not offered). */
    public String link() {
        return record.url() != null && record.url().matches("(?i)https?://\\S+") ? record.url() : null;
    }

    public String remoteHref() {
        return Routes.articleWithRemote(record.id());
    }

    public String nearHref(NearDuplicate n) {
        return Routes.article(n.id());
    }

    public String percent(double similarity) {
        return Math.round(similarity * 100) + "%";
    }
}
