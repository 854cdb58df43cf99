package dev.mailclip.sink.solr;

import dev.mailclip.article.Dates;

import java.time.Instant;
import java.util.Date;

/** A record's date string as a Solr date: an instant in UTC, read by {@link Dates#instant}. */
final class SolrDates {
    private SolrDates() {
    }

    /** @return the instant, or null when the value is absent or not an ISO-8601 date */
    static Date toSolr(String value) {
        Instant at = Dates.instant(value);
        return at == null ? null : Date.from(at);
    }
}
