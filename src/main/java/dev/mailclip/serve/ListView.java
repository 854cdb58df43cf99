package dev.mailclip.serve;

import java.util.List;

/**
 * The list page: the records (or search hits) of one page, newest first, and the facets that narrow them.
 *
 * @param message a line to show above the list (nothing found, search not offered), or null
 */
public record ListView(Query query, List<Item> items, List<Facet> facets, long total, int pages, String message,
                       boolean canSearch) {

    /** One record in the list; {@code snippet} is empty when the list was not searched. */
    public record Item(String href, String title, String date, String site, String kind, List<Snippet.Piece> snippet) {
    }

    /** One facet (site, year, label, kind) with its values and counts. */
    public record Facet(String name, String param, List<Value> values) {
    }

    /** A value of a facet: how many records have it, the link that chooses (or clears) it. */
    public record Value(String value, long n, String href, boolean chosen) {
    }

    public String prev() {
        return query.page() > 1 ? query.page(query.page() - 1) : null;
    }

    public String next() {
        return query.page() < pages ? query.page(query.page() + 1) : null;
    }
}
