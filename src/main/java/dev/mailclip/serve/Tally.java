package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.article.Sighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts records by month, site, year, label and kind, and quarantined messages by reason: what the dashboard
 * and the facets draw. Fed record by record, so the import report can count as it goes without keeping records.
 * Not thread-safe: one writer (the importer's writing thread, or one request).
 */
public final class Tally {
    /** the longest timeline drawn month by month (20 years) */
    static final int MAX_TIMELINE_MONTHS = 240;
    private final TreeMap<String, Long> months = new TreeMap<>();
    private final Map<String, Long> years = new TreeMap<>();
    private final Map<String, Long> sites = new TreeMap<>();
    private final Map<String, Long> labels = new TreeMap<>();
    private final Map<String, Long> kinds = new TreeMap<>();
    private final Map<String, Long> reasons = new TreeMap<>();
    private long records;

    /**
     * Counts one record: the month it was saved in (its mail's Date, else its own date), the year it is filed
     * under ({@code date}, as the list's year filter reads it), its site, kind, and every label it (any sighting)
     * was saved under.
     */
    public void add(Article a) {
        records++;
        String saved = a.mail() != null && a.mail().date() != null ? a.mail().date() : a.date();
        if (saved != null && saved.length() >= 7) {
            months.merge(saved.substring(0, 7), 1L, Long::sum);
        }
        if (a.date() != null && a.date().length() >= 4) {
            years.merge(a.date().substring(0, 4), 1L, Long::sum);
        }
        if (a.site() != null) {
            sites.merge(a.site(), 1L, Long::sum);
        }
        kinds.merge(a.kind() == null ? "mail" : a.kind().json(), 1L, Long::sum);
        for (String label : labels(a)) {
            labels.merge(label, 1L, Long::sum);
        }
    }

    /** Counts the labels of a message that carried an article already counted. */
    public void addLabels(Iterable<String> more) {
        for (String label : more) {
            labels.merge(label, 1L, Long::sum);
        }
    }

    /** Counts a quarantined message under its reason, numbers folded so "limit 20" and "limit 30" count together. */
    public void addQuarantined(String reason) {
        String r = reason == null ? "(no reason)" : reason.replaceAll("\\d+", "N");
        reasons.merge(r.length() > 80 ? r.substring(0, 79) + "…" : r, 1L, Long::sum);
    }

    /** The labels of a record and of all its sightings, each once. */
    public static Set<String> labels(Article a) {
        Set<String> out = new LinkedHashSet<>();
        if (a.mail() != null) {
            out.addAll(a.mail().labels());
        }
        for (Sighting s : a.sightings()) {
            out.addAll(s.labels());
        }
        return out;
    }

    public long records() {
        return records;
    }

    /**
     * Months oldest first, the months between without a record as zero, so the timeline's gaps show; over more
     * than {@link #MAX_TIMELINE_MONTHS} (a mailbox with a few absurd Date headers) only the months that have records.
     */
    public Map<String, Long> months() {
        if (months.isEmpty()) {
            return months;
        }
        try {
            java.time.YearMonth first = java.time.YearMonth.parse(months.firstKey());
            java.time.YearMonth last = java.time.YearMonth.parse(months.lastKey());
            if (java.time.temporal.ChronoUnit.MONTHS.between(first, last) > MAX_TIMELINE_MONTHS) {
                return months;
            }
            Map<String, Long> all = new TreeMap<>();
            for (java.time.YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                all.put(m.toString(), months.getOrDefault(m.toString(), 0L));
            }
            return all;
        } catch (java.time.DateTimeException e) {
            return months; // a month key that is no month (a malformed date): leave the counts as they are
        }
    }

    public List<Count> years() {
        return top(years, Integer.MAX_VALUE, Comparator.comparing(Count::value).reversed());
    }

    public List<Count> sites(int n) {
        return top(sites, n, BY_COUNT);
    }

    public List<Count> labels(int n) {
        return top(labels, n, BY_COUNT);
    }

    public List<Count> kinds() {
        return top(kinds, Integer.MAX_VALUE, BY_COUNT);
    }

    public List<Count> reasons(int n) {
        return top(reasons, n, BY_COUNT);
    }

    /** A value and how many have it. */
    public record Count(String value, long n) {
    }

    private static final Comparator<Count> BY_COUNT = Comparator.comparingLong(Count::n).reversed()
            .thenComparing(Count::value);

    private static List<Count> top(Map<String, Long> counts, int n, Comparator<Count> order) {
        List<Count> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Count(k, v)));
        out.sort(order);
        return out.size() > n ? out.subList(0, n) : out;
    }
}
