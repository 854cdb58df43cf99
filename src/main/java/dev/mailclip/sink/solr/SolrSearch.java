package dev.mailclip.sink.solr;

import dev.mailclip.OneLine;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SearchTerms;
import dev.mailclip.sink.sqlite.ArchiveSearch;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mailclip search} over a Solr collection: the same rules as the SQLite archive (every word
 * must occur; "a phrase" as written), ranked by Solr's BM25 with title, note and author weighted up,
 * a highlighted snippet with matched words in [ and ].
 */
public final class SolrSearch implements AutoCloseable {

    private final SolrTarget target;
    private final SolrClient client;

    private SolrSearch(SolrTarget target, SolrClient client) {
        this.target = target;
        this.client = client;
    }

    /** @param target the sink URI after {@code solr:} */
    public static SolrSearch open(String target) throws SinkException {
        SolrTarget t = SolrTarget.parse(target);
        return new SolrSearch(t, SolrConnection.open(t));
    }

    public List<ArchiveSearch.Hit> search(String query, int limit) throws SinkException {
        List<ArchiveSearch.Hit> hits = new ArrayList<>();
        String q = toQuery(query);
        if (q.isEmpty()) {
            return hits;
        }
        SolrQuery sq = new SolrQuery(q);
        sq.set("defType", "edismax");
        sq.set("qf", "title^4 note^2 author^2 subject^2 text from");
        sq.set("pf", "title^8 text^2");
        sq.set("mm", "100%");
        sq.addFilterQuery("type:" + SolrDocs.TYPE_RECORD);
        sq.setFields("id", "title", "url", "date_raw", "site", "text", "score");
        sq.setRows(limit);
        sq.setHighlight(true);
        sq.set("hl.method", "unified");
        sq.set("hl.fl", "text", "title");
        sq.set("hl.snippets", 1);
        sq.set("hl.fragsize", 200);
        sq.set("hl.tag.pre", "[");
        sq.set("hl.tag.post", "]");
        QueryResponse rsp;
        try {
            rsp = new Backoff(target.retries(), target.backoff()).call(() -> client.query(target.collection(), sq));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException(target.name() + ": interrupted");
        } catch (Exception e) {
            throw new SinkException(target.name() + ": cannot search (" + OneLine.of(e) + ")", e);
        }
        Map<String, Map<String, List<String>>> hl = rsp.getHighlighting();
        for (SolrDocument d : rsp.getResults()) {
            String id = (String) d.getFieldValue("id");
            Float score = (Float) d.getFieldValue("score");
            hits.add(new ArchiveSearch.Hit(id, str(d, "title"), str(d, "url"), str(d, "date_raw"), str(d, "site"),
                    snippet(hl == null ? null : hl.get(id), str(d, "text")), score == null ? 0 : score));
        }
        return hits;
    }

    private static String snippet(Map<String, List<String>> hl, String text) {
        if (hl != null) {
            for (String field : List.of("text", "title")) {
                List<String> s = hl.get(field);
                if (s != null && !s.isEmpty()) {
                    return s.get(0);
                }
            }
        }
        return text == null ? null : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String str(SolrDocument d, String field) {
        Object v = d.getFirstValue(field);
        return v == null ? null : v.toString();
    }

    /** Words and "phrases" only: nothing the user types is read as query syntax. */
    static String toQuery(String query) {
        List<String> terms = new ArrayList<>();
        for (SearchTerms t : SearchTerms.parse(query.toLowerCase(java.util.Locale.ROOT))) {
            terms.add(t.phrase() ? t.quoted() : t.words().get(0));
        }
        return String.join(" ", terms);
    }

    @Override
    public void close() {
        SolrConnection.closeQuietly(client);
    }
}
