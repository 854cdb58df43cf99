package dev.mailclip.sink.solr;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Sightings;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.UpdateResponse;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records into a Solr collection made from solr/configsets/mailclip; see docs/SOLR.md.
 * <p>
 * <b>Identity.</b> A record's document is keyed by its message identity, so a re-import or a second
 * importer overwrites rather than adds. Before a record is taken, one real-time get asks for its id
 * and for the claim of its article key (both visible the moment they are written, no commit
 * needed): the id found, or a claim owned by another record, makes it a DUPLICATE. Otherwise the
 * record claims its article key with a create-only document, which the shard leader grants to one
 * record only, whichever importer asks first; the loser is a DUPLICATE.
 * <p>
 * <b>Sightings.</b> A record whose article key is claimed by another record is a sighting of that article:
 * this sink sends what it has pending (so an importer waiting for it is not kept waiting), reads the
 * owner's document back (real-time get; it waits for one another importer has not sent yet), merges
 * ({@link Sightings#merge}) and writes it again under the same id, with the {@code _version_} it read:
 * when another importer updated it in between, Solr refuses (409) and the sighting is merged again. The
 * document keeps the id of the record that claimed the key; its {@code json} and fields are the merged
 * article, its {@code sighting_*} fields list every message that carried it. A sighting of a record still
 * in this sink's batch is merged there.
 * <p>
 * <b>Batches.</b> Records go in batches ({@code batch} documents, or older than {@code flushMs}),
 * each with {@code commitWithin}, retried with exponential backoff on transient failures. A record
 * that cannot be written in the end — its batch or its lookup kept failing — was already counted
 * STORED: it is kept in the quarantine folder's {@code records/} and handed back once by
 * {@link #drainFailures()}, so the importer counts it quarantined. Messages the importer quarantines
 * go to the same local folder ({@link QuarantineDir}), never to Solr: the folder still works when
 * Solr does not.
 * <p>
 * Thread-safe: every method holds this sink's lock (SolrJ clients are thread-safe themselves).
 */
final class SolrSink implements Sink {
    private final SolrTarget target;
    /** The owner of a claim that exists (Solr said 409) but could not be read back yet. */
    private static final String CLAIMED_ELSEWHERE = "(another importer)";
    private final SolrClient client;
    private final Backoff backoff;
    private final QuarantineDir quarantine;
    private final FailedRecords failed;

    private final List<Article> pending = new ArrayList<>();
    private final Set<String> pendingIds = new HashSet<>();
    /** the document id of each pending record (its own id, or the claim owner's for a merged one) */
    private final List<String> pendingDocIds = new ArrayList<>();
    /** article key → its record's place in {@link #pending} */
    private final java.util.Map<String, Integer> pendingKeys = new java.util.HashMap<>();
    /** How long to wait for another importer's document of an article seen again. */
    static final long OWNER_WAIT_MS = 60_000;
    private long batchStartedNanos;
    private final List<Article> failures = new ArrayList<>();
    /** ids of records this sink could not write: a sighting of one of them need not wait for its document */
    private final Set<String> failedIds = new HashSet<>();
    private boolean closed;

    SolrSink(SolrTarget target, SolrClient client) {
        this.target = target;
        this.client = client;
        this.backoff = new Backoff(target.retries(), target.backoff());
        this.quarantine = new QuarantineDir(target.quarantineDir());
        this.failed = new FailedRecords(target.quarantineDir().resolve("records"));
    }

    public static SolrSink open(SolrTarget target) throws SinkException {
        return new SolrSink(target, SolrConnection.open(target));
    }

    @Override
    public synchronized Outcome accept(Article a) throws SinkException {
        requireOpen();
        if (a.id() == null) {
            throw new SinkException(target.name() + ": a record without an id cannot be stored");
        }
        if (pendingIds.contains(a.id())) {
            return Outcome.DUPLICATE;
        }
        Integer inBatch = a.articleKey() == null ? null : pendingKeys.get(a.articleKey());
        if (inBatch != null) {
            pending.set(inBatch, Sightings.merge(pending.get(inBatch), a));
            pendingIds.add(a.id());
            return Outcome.SIGHTING;
        }
        String owner;
        try {
            owner = lookUp(a);
            if (owner == null) {
                return Outcome.DUPLICATE;
            }
            if (!owner.equals(a.id())) {
                return sight(a, owner);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException(target.name() + ": interrupted");
        } catch (SinkException e) {
            throw e;
        } catch (Exception e) {
            fail(List.of(a), "solr: cannot look the record up (" + OneLine.of(e) + ")");
            return Outcome.STORED;
        }
        if (pending.isEmpty()) {
            batchStartedNanos = System.nanoTime();
        }
        if (a.articleKey() != null) {
            pendingKeys.put(a.articleKey(), pending.size());
        }
        pending.add(Sightings.stored(a));
        pendingDocIds.add(a.id());
        pendingIds.add(a.id());
        if (pending.size() >= target.batchSize()
                || System.nanoTime() - batchStartedNanos >= target.flushAfter().toNanos()) {
            send();
        }
        return Outcome.STORED;
    }

    /**
     * @return null when the message is stored already; its own id when it is to be stored (it holds the
     *         claim of its article key, or has none); else the id of the record that claimed the key
     */
    private String lookUp(Article a) throws Exception {
        String key = a.articleKey();
        List<String> ids = key == null ? List.of(a.id()) : List.of(a.id(), SolrDocs.claimId(key));
        String owner = null;
        for (SolrDocument d : backoff.call(() -> client.getById(target.collection(), escaped(ids)))) {
            if (a.id().equals(d.getFieldValue("id"))) {
                return null;
            }
            owner = (String) d.getFieldValue("owner");
        }
        if (key == null) {
            return a.id();
        }
        if (owner == null) {
            owner = backoff.call(() -> claim(key, a.id()));
        }
        // our own claim: an earlier run claimed the key but its batch never landed; this run fills the gap
        return owner;
    }

    /** Merges {@code a} into the document of the article's owner record. */
    private Outcome sight(Article a, String owner) throws Exception {
        send(); // an importer waiting for one of our documents gets it first
        long deadline = System.nanoTime() + OWNER_WAIT_MS * 1_000_000L;
        for (int attempt = 0; System.nanoTime() < deadline && !failedIds.contains(owner); attempt++) {
            if (owner.equals(CLAIMED_ELSEWHERE)) {
                SolrDocument claim = client.getById(target.collection(), SolrDocs.claimId(a.articleKey()));
                owner = claim == null ? CLAIMED_ELSEWHERE : (String) claim.getFieldValue("owner");
            }
            String id = owner;
            SolrDocument d = id.equals(CLAIMED_ELSEWHERE) ? null
                    : backoff.call(() -> client.getById(target.collection(), escaped(List.of(id)).get(0)));
            if (d == null || d.getFieldValue("json") == null) {
                Thread.sleep(Math.min(1000, 50L << Math.min(attempt, 5))); // another importer has not sent it yet
                continue;
            }
            Article stored = ArticleJson.read((String) d.getFieldValue("json"));
            if (Sightings.carries(stored, a.id())) {
                return Outcome.DUPLICATE;
            }
            SolrInputDocument doc = SolrDocs.record(Sightings.merge(stored, a), id, new Date());
            doc.setField("_version_", d.getFieldValue("_version_"));
            UpdateRequest req = new UpdateRequest();
            req.add(doc);
            req.setCommitWithin((int) target.commitWithin().toMillis());
            try {
                backoff.call(() -> requireAllReplicas(req.process(client, target.collection())));
                return Outcome.SIGHTING;
            } catch (Exception e) {
                if (!isConflict(e)) {
                    fail(List.of(a), "solr: cannot write the sighting (" + OneLine.of(e) + ")");
                    return Outcome.STORED;
                }
                // another importer merged a sighting in between: read it again
            }
        }
        fail(List.of(a), "solr: the document of " + owner + ", which holds its article, never appeared");
        return Outcome.STORED;
    }

    /** @return the claim's owner: this record when the create-only write went in, else whoever holds it */
    private String claim(String key, String id) throws Exception {
        UpdateRequest req = new UpdateRequest();
        req.add(SolrDocs.newClaim(key, id));
        req.setCommitWithin((int) target.commitWithin().toMillis());
        try {
            req.process(client, target.collection());
            return id;
        } catch (Exception e) {
            // a conflict (409) — or our own write whose answer was lost — shows as the claim being there
            SolrDocument d = client.getById(target.collection(), SolrDocs.claimId(key));
            if (d != null) {
                return (String) d.getFieldValue("owner");
            }
            if (isConflict(e)) {
                // another importer's claim, not yet visible on the replica that answered: it is not ours
                return CLAIMED_ELSEWHERE;
            }
            throw e;
        }
    }

    /** Solr's 409 for a create-only write whose document exists, however the client wrapped it. */
    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SolrException se && se.code() == 409
                    || t.getMessage() != null && t.getMessage().contains("version conflict")) {
                return true;
            }
        }
        return false;
    }

    /** RTG splits {@code ids} on commas (URLs have them) unless escaped with a backslash. */
    private static List<String> escaped(List<String> ids) {
        return ids.stream().map(id -> id.replace("\\", "\\\\").replace(",", "\\,")).toList();
    }

    private void send() throws SinkException {
        if (pending.isEmpty()) {
            return;
        }
        List<Article> batch = new ArrayList<>(pending);
        List<String> docIds = new ArrayList<>(pendingDocIds);
        pending.clear();
        pendingIds.clear();
        pendingDocIds.clear();
        pendingKeys.clear();
        try {
            write(batch, docIds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(batch, "solr: interrupted while writing");
        } catch (Exception e) {
            if (batch.size() > 1 && !Backoff.transient_(e)) {
                // Solr refused the batch as such (a 4xx): one record is at fault, find it by sending one by one
                for (int i = 0; i < batch.size(); i++) {
                    Article a = batch.get(i);
                    try {
                        write(List.of(a), List.of(docIds.get(i)));
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        fail(List.of(a), "solr: interrupted while writing");
                    } catch (Exception one) {
                        fail(List.of(a), "solr: refused the record (" + OneLine.of(one) + ")");
                    }
                }
            } else {
                fail(batch, "solr: the batch kept failing after " + target.retries() + " retries ("
                        + OneLine.of(e) + ")");
            }
        }
    }

    private void write(List<Article> batch, List<String> docIds) throws Exception {
        Date now = new Date();
        List<SolrInputDocument> docs = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            docs.add(SolrDocs.record(batch.get(i), docIds.get(i), now));
        }
        backoff.call(() -> {
            UpdateRequest req = new UpdateRequest();
            req.add(docs);
            req.setCommitWithin((int) target.commitWithin().toMillis());
            return requireAllReplicas(req.process(client, target.collection()));
        });
    }

    /**
     * A write that reached fewer replicas than the collection has is not yet safe: if the leader that
     * took it goes down before its replicas recover, a replica without it becomes leader and the
     * write is gone. Such a write is retried (it overwrites itself, so resending is harmless) until
     * every replica has it, else it fails and is quarantined.
     */
    private UpdateResponse requireAllReplicas(UpdateResponse response) throws IOException {
        if (client instanceof CloudSolrClient cloud) {
            int achieved = cloud.getMinAchievedReplicationFactor(target.collection(), response.getResponse());
            DocCollection state = cloud.getClusterState().getCollectionOrNull(target.collection());
            int wanted = state == null ? 1 : state.getReplicationFactor() == null ? 1 : state.getReplicationFactor();
            if (achieved > 0 && achieved < wanted) {
                throw new IOException("solr: the write reached " + achieved + " of " + wanted + " replicas");
            }
        }
        return response;
    }

    private void fail(List<Article> records, String reason) throws SinkException {
        for (Article a : records) {
            failed.add(a, reason);
            failures.add(a);
            failedIds.add(a.id());
            a.sightings().forEach(x -> failedIds.add(x.id()));
        }
    }

    @Override
    public synchronized List<Article> drainFailures() {
        List<Article> out = List.copyOf(failures);
        failures.clear();
        return out;
    }

    @Override
    public void quarantine(Quarantined item) throws SinkException {
        requireOpen();
        quarantine.add(item);
    }

    @Override
    public synchronized void flush() throws SinkException {
        requireOpen();
        send();
    }

    /** Sends what is pending, makes it visible at once (a soft commit; commitWithin would in a few seconds), closes. */
    @Override
    public synchronized void close() throws SinkException {
        if (closed) {
            return;
        }
        try {
            send();
            try {
                backoff.call(() -> client.commit(target.collection(), true, true, true));
            } catch (Exception e) {
                // visibility only: every update carries commitWithin, and the update log keeps it durable
            }
        } finally {
            closed = true;
            SolrConnection.closeQuietly(client);
        }
    }

    private synchronized void requireOpen() throws SinkException {
        if (closed) {
            throw new SinkException(target.name() + ": sink is closed");
        }
    }

}
