package dev.mailclip.sink.solr;

import dev.mailclip.OneLine;
import dev.mailclip.article.Article;
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
public final class SolrSink implements Sink {
    private final SolrTarget target;
    /** The owner of a claim that exists (Solr said 409) but could not be read back yet. */
    private static final String CLAIMED_ELSEWHERE = "(another importer)";
    private final SolrClient client;
    private final Backoff backoff;
    private final QuarantineDir quarantine;
    private final FailedRecords failed;

    private final List<Article> pending = new ArrayList<>();
    private final Set<String> pendingIds = new HashSet<>();
    private long batchStartedNanos;
    private final List<Article> failures = new ArrayList<>();
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
        try {
            if (alreadyStored(a)) {
                return Outcome.DUPLICATE;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException(target.name() + ": interrupted");
        } catch (Exception e) {
            fail(List.of(a), "solr: cannot look the record up (" + OneLine.of(e) + ")");
            return Outcome.STORED;
        }
        if (pending.isEmpty()) {
            batchStartedNanos = System.nanoTime();
        }
        pending.add(a);
        pendingIds.add(a.id());
        if (pending.size() >= target.batchSize()
                || System.nanoTime() - batchStartedNanos >= target.flushAfter().toNanos()) {
            send();
        }
        return Outcome.STORED;
    }

    /** True when the id is stored or another record holds the article key (claiming it if nobody does). */
    private boolean alreadyStored(Article a) throws Exception {
        String key = a.articleKey();
        List<String> ids = key == null ? List.of(a.id()) : List.of(a.id(), SolrDocs.claimId(key));
        String owner = null;
        for (SolrDocument d : backoff.call(() -> client.getById(target.collection(), escaped(ids)))) {
            if (a.id().equals(d.getFieldValue("id"))) {
                return true;
            }
            owner = (String) d.getFieldValue("owner");
        }
        if (key == null) {
            return false;
        }
        if (owner == null) {
            owner = backoff.call(() -> claim(key, a.id()));
        }
        // our own claim: an earlier run claimed the key but its batch never landed; this run fills the gap
        return !a.id().equals(owner);
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
        pending.clear();
        pendingIds.clear();
        try {
            write(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(batch, "solr: interrupted while writing");
        } catch (Exception e) {
            if (batch.size() > 1 && !Backoff.transient_(e)) {
                // Solr refused the batch as such (a 4xx): one record is at fault, find it by sending one by one
                for (Article a : batch) {
                    try {
                        write(List.of(a));
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

    private void write(List<Article> batch) throws Exception {
        Date now = new Date();
        List<SolrInputDocument> docs = new ArrayList<>(batch.size());
        for (Article a : batch) {
            docs.add(SolrDocs.record(a, now));
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
