package dev.mailclip.serve;

import dev.mailclip.article.Kind;
import dev.mailclip.sink.RecordFilter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the list page was asked for: search words, the facets chosen, the page. Every value is only compared
 * with what the archive holds or passed to its query API as a bound value; a value that is not of its kind (a
 * year that is not four digits, an unknown kind, a page that is not a number) is dropped, never an error.
 */
public record Query(String q, String site, String year, String label, String kind, int page) {
    /** Records on one page of the list. */
    public static final int PAGE_SIZE = 20;

    public static Query from(Map<String, Deque<String>> params) {
        String year = one(params, "year");
        String kind = one(params, "kind");
        int page = 1;
        try {
            page = Math.max(1, Math.min(100_000, Integer.parseInt(one(params, "page"))));
        } catch (NumberFormatException e) {
            // the first page
        }
        return new Query(one(params, "q"), one(params, "site"), year != null && year.matches("\\d{4}") ? year : null,
                one(params, "label"), kind != null && kind.matches("article|mail") ? kind : null, page);
    }

    /** The first non-blank value of a parameter, at most 500 characters; null when absent. */
    static String one(Map<String, Deque<String>> params, String name) {
        Deque<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.peekFirst().isBlank()) {
            return null;
        }
        String v = values.peekFirst().strip();
        return v.length() > 500 ? v.substring(0, 500) : v;
    }

    public RecordFilter filter() {
        return new RecordFilter(site, label, year, year, kind == null ? null : Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
    }

    /** This query with one facet set to {@code value}, or cleared when it is already that; back to page 1. */
    public String toggle(String facet, String value) {
        Map<String, String> p = params();
        if (value.equals(p.get(facet))) {
            p.remove(facet);
        } else {
            p.put(facet, value);
        }
        p.remove("page");
        return href(p);
    }

    /** This query at another page. */
    public String page(int n) {
        Map<String, String> p = params();
        p.put("page", Integer.toString(n));
        return href(p);
    }

    /** Whether a facet is set to this value. */
    public boolean chosen(String facet, String value) {
        return value.equals(params().get(facet));
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "site", site);
        put(p, "year", year);
        put(p, "label", label);
        put(p, "kind", kind);
        if (page > 1) {
            p.put("page", Integer.toString(page));
        }
        return p;
    }

    private static void put(Map<String, String> p, String k, String v) {
        if (v != null) {
            p.put(k, v);
        }
    }

    private static String href(Map<String, String> p) {
        StringBuilder b = new StringBuilder("/");
        char sep = '?';
        for (Map.Entry<String, String> e : p.entrySet()) {
            b.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
            sep = '&';
        }
        return b.toString();
    }

    static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
