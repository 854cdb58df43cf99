package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.SearchHit;
import dev.mailclip.sink.SinkException;
import io.undertow.server.HttpServerExchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /}: the records newest first, or the search hits best first, a page at a time, with the facets of all
 * of them (site, year, label, kind). It reads only through {@link Archive#list} and {@link Archive#search}, so
 * any archive that can be read back can be browsed, and searched when it can be searched.
 */
final class ListPage {
    /** Hits asked of the archive's search; the pages and facets are over these. */
    static final int MAX_HITS = 1000;

    private final Archive archive;

    ListPage(Archive archive) {
        this.archive = archive;
    }

    void handle(HttpServerExchange x) throws SinkException {
        Query q = Query.from(x.getQueryParameters());
        ListView view;
        synchronized (archive) {
            view = view(q);
        }
        Responses.html(x, "list", view);
    }

    ListView view(Query q) throws SinkException {
        List<Article> records = archive.summaries(q.filter());
        Map<String, List<Snippet.Piece>> snippets = new HashMap<>();
        String message = null;
        if (q.q() != null && archive.canSearch()) {
            List<SearchHit> hits = archive.search(q.q(), q.filter(), MAX_HITS);
            Map<String, Article> byId = new HashMap<>();
            records.forEach(a -> byId.put(a.id(), a));
            List<Article> found = new ArrayList<>();
            for (SearchHit h : hits) {
                Article a = byId.get(h.id());
                if (a != null) {
                    found.add(a);
                    snippets.put(a.id(), Snippet.pieces(h.snippet()));
                }
            }
            records = found;
        } else {
            if (q.q() != null) {
                message = "this archive cannot be searched; showing every record";
            }
            records = new ArrayList<>(records);
            Collections.reverse(records); // newest first
        }
        if (records.isEmpty() && message == null) {
            message = "nothing found";
        }
        Tally t = new Tally();
        records.forEach(t::add);
        int pages = Math.max(1, (records.size() + Query.PAGE_SIZE - 1) / Query.PAGE_SIZE);
        int from = Math.min(records.size(), (Math.min(q.page(), pages) - 1) * Query.PAGE_SIZE);
        List<ListView.Item> items = new ArrayList<>();
        for (Article a : records.subList(from, Math.min(records.size(), from + Query.PAGE_SIZE))) {
            String title = a.title() != null ? a.title() : a.mail() != null ? a.mail().subject() : null;
            items.add(new ListView.Item(Routes.article(a.id()), title == null ? "(untitled)" : title,
                    a.date() == null ? "(no date)" : a.date().substring(0, Math.min(10, a.date().length())), a.site(),
                    a.kind() == null ? "mail" : a.kind().json(), snippets.getOrDefault(a.id(), List.of())));
        }
        List<ListView.Facet> facets = List.of(
                facet(q, "site", t.sites(20)), facet(q, "year", t.years()), facet(q, "label", t.labels(20)),
                facet(q, "kind", t.kinds()));
        return new ListView(q, items, facets, records.size(), pages, message, archive.canSearch());
    }

    private static ListView.Facet facet(Query q, String param, List<Tally.Count> counts) {
        List<ListView.Value> values = new ArrayList<>();
        for (Tally.Count c : counts) {
            values.add(new ListView.Value(c.value(), c.n(), q.toggle(param, c.value()),
                    q.chosen(param, c.value())));
        }
        return new ListView.Facet(param, param, values);
    }
}
