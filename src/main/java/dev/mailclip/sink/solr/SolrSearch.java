package dev.mailclip.sink.solr;

import dev.mailclip.OneLine;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SearchTerms;
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
final class SolrSearch implements dev.mailclip.sink.Archive {

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

    @Override
    public boolean canSearch() {
        return true;
    }

    public List<dev.mailclip.sink.SearchHit> search(String query, int limit) throws SinkException {
        return search(query, dev.mailclip.sink.RecordFilter.ALL, limit);
    }

    @Override
    public List<dev.mailclip.sink.SearchHit> search(String query, dev.mailclip.sink.RecordFilter filter, int limit)
            throws SinkException {
        List<dev.mailclip.sink.SearchHit> hits = new ArrayList<>();
        String q = toQuery(query);
        if (q.isEmpty()) {
            return hits;
        }
        SolrQuery sq = new SolrQuery(q);
        sq.set("defType", "edismax");
        sq.set("qf", "title^4 note^2 sighting_notes^2 author^2 subject^2 text from label_words");
        sq.set("pf", "title^8 text^2");
        sq.set("mm", "100%");
        sq.addFilterQuery("type:" + SolrDocs.TYPE_RECORD);
        filters(sq, filter);
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
            hits.add(new dev.mailclip.sink.SearchHit(id, str(d, "title"), str(d, "url"), str(d, "date_raw"), str(d, "site"),
                    snippet(hl == null ? null : hl.get(id), str(d, "text")), score == null ? 0 : score));
        }
        return hits;
    }

    /** The filter as Solr filter queries, every value quoted as a term. */
    private static void filters(SolrQuery sq, dev.mailclip.sink.RecordFilter f) {
        if (f.site() != null) {
            sq.addFilterQuery(term("site", f.site()));
        }
        if (f.kind() != null) {
            sq.addFilterQuery(term("kind", f.kind().json()));
        }
        if (f.label() != null) {
            sq.addFilterQuery(term("labels", f.label()) + " OR " + term("sighting_labels", f.label()));
        }
        if (f.since() != null || f.until() != null) {
            String from = f.since() == null ? "*" : org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(f.since());
            String to = f.until() == null ? "*" : org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(f.until() + "\uffff");
            sq.addFilterQuery("date_raw:[" + from + " TO " + to + "]");
        }
    }

    @Override
    public List<dev.mailclip.article.Article> list(dev.mailclip.sink.RecordFilter filter) throws SinkException {
        SolrQuery sq = new SolrQuery("*:*");
        sq.addFilterQuery("type:" + SolrDocs.TYPE_RECORD);
        filters(sq, filter);
        sq.setFields("json");
        sq.setRows(100_000);
        sq.set("hl", false);
        List<dev.mailclip.article.Article> out = new ArrayList<>();
        for (SolrDocument d : query(sq).getResults()) {
            out.add(dev.mailclip.article.ArticleJson.read((String) d.getFieldValue("json")));
        }
        out.removeIf(a -> !filter.matches(a));
        out.sort(BY_DATE);
        return out;
    }

    /** The messages quarantined beside the collection ({@code quarantine=DIR} of the sink URI). */
    @Override
    public List<dev.mailclip.sink.QuarantineEntry> quarantined() throws SinkException {
        return new dev.mailclip.sink.QuarantineDir(target.quarantineDir()).list();
    }

    @Override
    public byte[] quarantinedBytes(String id) throws SinkException {
        return new dev.mailclip.sink.QuarantineDir(target.quarantineDir()).bytes(id);
    }

    /** The records sharing a MinHash band with the record's text, kept when similar enough; most similar first. */
    @Override
    public List<dev.mailclip.sink.NearDuplicate> nearDuplicates(dev.mailclip.article.Article record) throws SinkException {
        long[] signature = dev.mailclip.sink.NearDuplicates.signature(record.text());
        if (signature == null) {
            return List.of();
        }
        StringBuilder bands = new StringBuilder();
        for (long band : dev.mailclip.sink.NearDuplicates.bands(signature)) {
            bands.append(bands.length() == 0 ? "" : " OR ").append(term("minhash_bands", Long.toHexString(band)));
        }
        SolrQuery sq = new SolrQuery("*:*");
        sq.addFilterQuery("type:" + SolrDocs.TYPE_RECORD);
        sq.addFilterQuery(bands.toString());
        sq.setFields("id", "articleKey", "title", "url", "minhash");
        sq.setRows(1000);
        sq.set("hl", false);
        List<dev.mailclip.sink.NearDuplicate> out = new ArrayList<>();
        for (SolrDocument d : query(sq).getResults()) {
            String id = str(d, "id");
            String key = str(d, "articleKey");
            if (id.equals(record.id()) || key != null && key.equals(record.articleKey()) || str(d, "minhash") == null) {
                continue;
            }
            double similarity = dev.mailclip.sink.NearDuplicates.similarity(signature,
                    dev.mailclip.sink.NearDuplicates.fromBytes(java.util.Base64.getDecoder().decode(str(d, "minhash"))));
            if (similarity >= dev.mailclip.sink.NearDuplicates.THRESHOLD) {
                out.add(new dev.mailclip.sink.NearDuplicate(id, key, str(d, "title"), str(d, "url"), similarity));
            }
        }
        out.sort(java.util.Comparator.comparingDouble(dev.mailclip.sink.NearDuplicate::similarity).reversed());
        return out;
    }

    @Override
    public dev.mailclip.article.Article find(String idOrUrl) throws SinkException {
        SolrQuery sq = new SolrQuery("*:*");
        String norm = dev.mailclip.article.Identity.normaliseUrl(idOrUrl);
        sq.addFilterQuery("type:" + SolrDocs.TYPE_RECORD);
        sq.addFilterQuery(term("id", idOrUrl) + " OR " + term("sighting_ids", idOrUrl) + " OR "
                + term("articleKey", idOrUrl) + (norm == null ? "" : " OR " + term("articleKey", "url:" + norm)));
        sq.setFields("json");
        sq.setRows(5);
        sq.set("hl", false);
        List<dev.mailclip.article.Article> found = new ArrayList<>();
        for (SolrDocument d : query(sq).getResults()) {
            found.add(dev.mailclip.article.ArticleJson.read((String) d.getFieldValue("json")));
        }
        return dev.mailclip.sink.Archive.find(found, idOrUrl);
    }

    private static String term(String field, String value) {
        return field + ":" + org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(value);
    }

    private QueryResponse query(SolrQuery sq) throws SinkException {
        try {
            return new Backoff(target.retries(), target.backoff()).call(() -> client.query(target.collection(), sq));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException(target.name() + ": interrupted");
        } catch (Exception e) {
            throw new SinkException(target.name() + ": cannot read (" + OneLine.of(e) + ")", e);
        }
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
