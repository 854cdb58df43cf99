package dev.mailclip.sink;

import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.article.Sighting;

import java.util.Locale;

/**
 * Which records to list or search; a null part lets anything through.
 *
 * @param site  the article's site, as stored (case ignored)
 * @param label a label the record (any of its sightings) was saved under
 * @param since the record's {@code date} is on or after this (a date or a date-time, compared as written)
 * @param until the record's {@code date} is on or before this; a date includes its whole day
 */
public record RecordFilter(String site, String label, String since, String until, Kind kind) {
    public static final RecordFilter ALL = new RecordFilter(null, null, null, null, null);

    public boolean matches(Article a) {
        if (kind != null && a.kind() != kind) {
            return false;
        }
        if (site != null && (a.site() == null || !a.site().toLowerCase(Locale.ROOT).equals(site.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (label != null && !hasLabel(a)) {
            return false;
        }
        if (since != null && (a.date() == null || a.date().compareTo(since) < 0)) {
            return false;
        }
        return until == null || a.date() != null
                && a.date().substring(0, Math.min(a.date().length(), until.length())).compareTo(until) <= 0;
    }

    private boolean hasLabel(Article a) {
        if (a.mail() != null && a.mail().labels().contains(label)) {
            return true;
        }
        for (Sighting s : a.sightings()) {
            if (s.labels().contains(label)) {
                return true;
            }
        }
        return false;
    }
}
