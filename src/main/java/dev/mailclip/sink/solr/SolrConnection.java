package dev.mailclip.sink.solr;

import dev.mailclip.OneLine;
import dev.mailclip.sink.SinkException;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.SolrException;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Opens the SolrJ client a {@link SolrTarget} names and makes sure its collection is there and was
 * made from the mailclip configset, so a wrong URI fails at once with one line rather than on the
 * first batch.
 */
final class SolrConnection {
    /** Fields the sink itself relies on (identity, claims, the record's JSON). */
    private static final List<String> REQUIRED = List.of("id", "type", "articleKey", "owner", "json");

    private SolrConnection() {
    }

    static SolrClient open(SolrTarget t) throws SinkException {
        SolrClient client = build(t);
        try {
            check(client, t);
            return client;
        } catch (SinkException | RuntimeException e) {
            closeQuietly(client);
            throw e;
        }
    }

    private static SolrClient build(SolrTarget t) throws SinkException {
        Http2SolrClient.Builder http = t.cloud() ? new Http2SolrClient.Builder() : new Http2SolrClient.Builder(t.solrUrl());
        http.withConnectionTimeout(10, TimeUnit.SECONDS).withRequestTimeout(120, TimeUnit.SECONDS);
        if (!t.cloud()) {
            return http.build();
        }
        CloudHttp2SolrClient cloud = new CloudHttp2SolrClient.Builder(t.zkHosts(), t.chroot())
                .withInternalClientBuilder(http)
                .withZkConnectTimeout(15, TimeUnit.SECONDS)
                .withZkClientTimeout(30, TimeUnit.SECONDS)
                .build();
        try {
            cloud.connect();
        } catch (RuntimeException e) {
            closeQuietly(cloud);
            throw new SinkException(t.name() + ": cannot reach ZooKeeper " + String.join(",", t.zkHosts())
                    + " (" + OneLine.of(e) + ")", e);
        }
        return cloud;
    }

    private static void check(SolrClient client, SolrTarget t) throws SinkException {
        Backoff backoff = new Backoff(t.retries(), t.backoff());
        String name = t.name();
        String c = t.collection();
        if (t.cloud()) {
            List<String> collections = call(backoff, name, () -> CollectionAdminRequest.listCollections(client));
            if (!collections.contains(c)) {
                ConfigSetAdminRequest.List req = new ConfigSetAdminRequest.List();
                List<String> sets = call(backoff, name, () -> req.process(client).getConfigSets());
                throw new SinkException(name + ": no collection '" + c + "'" + (sets.contains("mailclip")
                        ? " (the mailclip configset is uploaded: create the collection, see docs/SOLR.md)"
                        : " and no mailclip configset (upload solr/configsets/mailclip and create it, see docs/SOLR.md)"));
            }
        }
        List<Map<String, Object>> fields;
        try {
            fields = backoff.call(() -> new SchemaRequest.Fields().process(client, c).getFields());
        } catch (SolrException e) {
            if (e.code() == 404) {
                throw new SinkException(name + ": no collection '" + c + "' at " + t.solrUrl()
                        + " (upload solr/configsets/mailclip and create it, see docs/SOLR.md)", e);
            }
            throw new SinkException(name + ": cannot read the collection's schema (" + OneLine.of(e) + ")", e);
        } catch (Exception e) {
            throw new SinkException(name + ": cannot reach Solr (" + OneLine.of(e) + ")", e);
        }
        Set<String> have = new HashSet<>();
        fields.forEach(f -> have.add(String.valueOf(f.get("name"))));
        for (String f : REQUIRED) {
            if (!have.contains(f)) {
                throw new SinkException(name + ": collection '" + c + "' was not made from the mailclip configset"
                        + " (it has no field '" + f + "'; see docs/SOLR.md)");
            }
        }
    }

    private static <T> T call(Backoff backoff, String name, Backoff.Call<T> call) throws SinkException {
        try {
            return backoff.call(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException(name + ": interrupted");
        } catch (Exception e) {
            throw new SinkException(name + ": cannot reach Solr (" + OneLine.of(e) + ")", e);
        }
    }

    static void closeQuietly(SolrClient client) {
        try {
            client.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing was pending on this client
        }
    }
}
