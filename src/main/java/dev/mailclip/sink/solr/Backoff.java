package dev.mailclip.sink.solr;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrException;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs a Solr request again on transient failures — a node down, a leader being elected, a
 * timeout — waiting {@code first}, then twice as long each time (capped at 8 s). Failures that
 * another try cannot mend (a 4xx: a bad document, no such collection) are thrown at once.
 */
final class Backoff {
    private static final long CAP_MS = 8000;

    /** A Solr call; any exception it throws is judged by {@link #transient_}. */
    interface Call<T> {
        T run() throws Exception;
    }

    private final int retries;
    private final Duration first;

    Backoff(int retries, Duration first) {
        this.retries = retries;
        this.first = first;
    }

    <T> T call(Call<T> call) throws Exception {
        long wait = first.toMillis();
        for (int attempt = 0; ; attempt++) {
            try {
                return call.run();
            } catch (Exception e) {
                if (attempt >= retries || !transient_(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw e;
            }
            wait = Math.min(CAP_MS, wait * 2);
        }
    }

    /** Worth another try: I/O, no server answering, a 5xx, or a routed failure caused by one of these. */
    static boolean transient_(Throwable e) {
        if (e instanceof CloudSolrClient.RouteException route) {
            for (var entry : route.getThrowables()) {
                if (transient_(entry.getValue())) {
                    return true;
                }
            }
            return route.code() >= 500;
        }
        if (e instanceof SolrException se) {
            int code = se.code();
            // 408 request timeout, 429 too many requests; 0 or -1: no HTTP status (the connection failed)
            return code >= 500 || code == 408 || code == 429 || code <= 0;
        }
        if (e instanceof SolrServerException || e instanceof IOException) {
            return true;
        }
        return e.getCause() != null && e.getCause() != e && transient_(e.getCause());
    }
}
