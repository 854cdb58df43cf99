package dev.mailclip.sink.solr;

import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    @Test
    void transientFailuresAreTriedAgainUntilTheyPass() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String out = new Backoff(3, Duration.ofMillis(1)).call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new SolrServerException("No live SolrServers available", new ConnectException("refused"));
            }
            return "ok";
        });
        assertEquals("ok", out);
        assertEquals(3, calls.get());
    }

    @Test
    void retriesAreBounded() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IOException.class, () -> new Backoff(2, Duration.ofMillis(1)).call(() -> {
            calls.incrementAndGet();
            throw new IOException("connection reset");
        }));
        assertEquals(3, calls.get(), "the first try and two retries");
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(SolrException.class, () -> new Backoff(5, Duration.ofMillis(1)).call(() -> {
            calls.incrementAndGet();
            throw new BaseHttpSolrClient.RemoteSolrException("h", 400, "ERROR: immense term", null);
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void whatCountsAsTransient() {
        assertTrue(Backoff.transient_(new BaseHttpSolrClient.RemoteSolrException("h", 503, "no leader", null)));
        assertTrue(Backoff.transient_(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "election")));
        assertTrue(Backoff.transient_(new RuntimeException(new IOException("reset"))));
        assertFalse(Backoff.transient_(new BaseHttpSolrClient.RemoteSolrException("h", 409, "version conflict", null)));
        assertFalse(Backoff.transient_(new SolrException(SolrException.ErrorCode.NOT_FOUND, "no collection")));
        assertFalse(Backoff.transient_(new IllegalArgumentException("bug")));
    }
}
