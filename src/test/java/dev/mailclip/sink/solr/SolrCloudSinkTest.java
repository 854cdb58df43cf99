package dev.mailclip.sink.solr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.importer.ImportCounts;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.importer.ImportResult;
import dev.mailclip.importer.Importer;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkContract;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import dev.mailclip.sink.sqlite.ArchiveSearch;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Solr sink against a real SolrCloud: two Jetty nodes and ZooKeeper in this JVM on 127.0.0.1
 * (solr-test-framework's MiniSolrCloudCluster, driven straight from JUnit 5: no randomized runner),
 * collections of 2 shards × 2 replicas made from the shipped configset. One cluster for the class;
 * each test has its own collection. The first import is the reference the others must end equal to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudSinkTest {
    static final Path CONFIGSET = Path.of("solr/configsets/mailclip/conf");
    static final List<Path> INPUTS = inputs();

    MiniSolrCloudCluster cluster;
    Path work;
    /** id → type|owner|json of every document after one clean import of INPUTS */
    Map<String, String> reference;

    static List<Path> inputs() {
        List<Path> in = new ArrayList<>(List.of(Path.of("fixtures/mailbox/clips.mbox")));
        try (Stream<Path> seeds = Files.list(Path.of("fixtures/seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(in::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return in;
    }

    @BeforeAll
    void startCluster() throws Exception {
        work = Files.createTempDirectory("mailclip-solr-");
        cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster")).addConfig("mailclip", CONFIGSET).build();
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    void createCollection(String name) throws Exception {
        CollectionAdminRequest.createCollection(name, "mailclip", 2, 2).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 30, TimeUnit.SECONDS, 2, 4);
    }

    String sinkUri(String collection, String options) {
        return "solr:zk://" + cluster.getZkServer().getZkAddress() + "?collection=" + collection
                + "&quarantine=" + work.resolve("quarantine-" + collection) + options;
    }

    ImportCounts importInProcess(String uri, List<Path> inputs, ImportListener listener) throws Exception {
        try (var source = Sources.openAll(inputs, line -> { })) {
            Sink sink = Sinks.open(uri);
            try {
                ImportResult r = new Importer(new Mailclip()::extract, sink, 2).run(source, listener);
                assertTrue(r.counts().reconciles(), r.counts().describe());
                return r.counts();
            } finally {
                sink.close();
            }
        }
    }

    /** Every document: id → type|owner|json (importedAt left out: it is when, not what). */
    Map<String, String> snapshot(String collection) throws Exception {
        CloudSolrClient client = cluster.getSolrClient();
        client.commit(collection, true, true, true);
        SolrQuery q = new SolrQuery("*:*");
        q.set("fq", "*:*"); // the configset's /select filters to records by default: show the claims too
        q.setFields("id", "type", "owner", "json");
        q.setRows(10_000);
        q.set("hl", false);
        Map<String, String> out = new TreeMap<>();
        for (SolrDocument d : client.query(collection, q).getResults()) {
            out.put((String) d.getFieldValue("id"), d.getFieldValue("type") + "|" + d.getFieldValue("owner") + "|"
                    + d.getFieldValue("json"));
        }
        return out;
    }

    /** The records a clean import keeps, from the jsonl sink: what the collection must hold. */
    List<Article> expectedRecords() throws Exception {
        Path jsonl = work.resolve("expected.jsonl");
        Files.deleteIfExists(jsonl);
        importInProcess("jsonl:" + jsonl, INPUTS, ImportListener.NONE);
        // the last line of an article key supersedes the earlier ones (docs/RECORD.md)
        Map<String, Article> last = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            Article a = ArticleJson.read(line);
            last.put(a.articleKey() != null ? a.articleKey() : a.id(), a);
        }
        return List.copyOf(last.values());
    }

    @Test
    @Order(1)
    void importsEveryRecordSearchableWithItsFields() throws Exception {
        createCollection("clips");
        String uri = sinkUri("clips", "");
        ImportCounts first = importInProcess(uri, INPUTS, ImportListener.NONE);
        List<Article> expected = expectedRecords();
        assertEquals(16, first.messages());
        assertEquals(expected.size(), first.articles() + first.mail(), first.describe());
        assertEquals(0, first.quarantined(), first.describe());

        CloudSolrClient client = cluster.getSolrClient();
        for (Article a : expected) {
            // an article's document is under the id of the record that claimed its key
            String docId = a.articleKey() == null ? a.id()
                    : (String) client.getById("clips", SolrDocs.claimId(a.articleKey())).getFieldValue("owner");
            SolrDocument d = client.getById("clips", docId);
            assertNotNull(d, a.id());
            if (!a.sightings().isEmpty()) {
                assertEquals(a.sightings().stream().map(dev.mailclip.article.Sighting::id).toList(),
                        new ArrayList<>(d.getFieldValues("sighting_ids")), "every message that carried it");
            }
            assertEquals(ArticleJson.line(a), d.getFieldValue("json"), "the record, whole");
            assertEquals("record", d.getFieldValue("type"));
            assertEquals(a.articleKey(), d.getFieldValue("articleKey"));
            assertEquals(a.kind().json(), d.getFieldValue("kind"));
            assertEquals(a.title(), d.getFieldValue("title"));
            assertEquals(a.url(), d.getFieldValue("url"));
            assertEquals(a.site(), d.getFieldValue("site"));
            assertEquals(a.published(), d.getFieldValue("published_raw"));
            assertEquals(SolrDates.toSolr(a.published()), d.getFieldValue("published"));
            assertEquals(a.date(), d.getFieldValue("date_raw"));
            assertTrue(d.getFieldValue("date") instanceof Date, "date is a Solr date: " + a.date());
            assertEquals(a.mail().messageId(), d.getFieldValue("messageId"));
            assertEquals(a.mail().subject(), d.getFieldValue("subject"));
            assertEquals(a.mail().source(), d.getFieldValue("source"));
            List<Object> fwd = d.getFieldValues("forwarded_from") == null ? List.of()
                    : new ArrayList<>(d.getFieldValues("forwarded_from"));
            assertEquals(a.forwarded().size(), fwd.size());
            if (!a.evidence().isEmpty()) {
                JsonNode ev = ArticleJson.mapper().readTree((String) d.getFieldValue("evidence"));
                assertEquals(a.evidence().get("url"), ev.path("url").isMissingNode() ? null : ev.path("url").asText());
            }
            // the article key is claimed by one of the messages that carried it
            if (a.articleKey() != null) {
                assertTrue(dev.mailclip.article.Sightings.carries(a, docId), docId);
            }
        }

        // searchable: ranked, highlighted, every word must occur
        try (SolrSearch search = SolrSearch.open(uri.substring("solr:".length()))) {
            Article radio = expected.stream().filter(a -> "Radio Habana Cuba".equals(a.site())).findFirst().orElseThrow();
            List<dev.mailclip.sink.SearchHit> hits = search.search("Hamas truce talks", 10);
            assertFalse(hits.isEmpty());
            assertTrue(dev.mailclip.article.Sightings.carries(radio, hits.get(0).id()), hits.get(0).id());
            assertTrue(hits.get(0).snippet().contains("["), hits.get(0).snippet());
            assertTrue(search.search("Hamas zzyzxnotaword", 10).isEmpty());
        }

        // a second run adds nothing
        ImportCounts again = importInProcess(uri, INPUTS, ImportListener.NONE);
        assertEquals(16, again.duplicates(), again.describe());
        reference = snapshot("clips");
        long records = reference.values().stream().filter(v -> v.startsWith("record|")).count();
        assertEquals(expected.size(), records);
    }

    @Test
    @Order(2)
    void twoImporterProcessesOverOverlappingMailboxesEndAsOneImport() throws Exception {
        createCollection("pair");
        String uri = sinkUri("pair", "&batch=3");
        // A: the mbox; B: the mbox and the seeds again (their Message-IDs are in the mbox too)
        List<String> a = List.of("fixtures/mailbox/clips.mbox");
        List<String> b = new ArrayList<>(INPUTS.stream().map(Path::toString).toList());
        Process pa = importer(uri, a, work.resolve("report-a.json"));
        Process pb = importer(uri, b, work.resolve("report-b.json"));
        for (Process p : List.of(pa, pb)) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "importer finished");
            assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes()));
        }
        for (String report : List.of("report-a.json", "report-b.json")) {
            JsonNode r = ArticleJson.mapper().readTree(work.resolve(report).toFile());
            assertEquals(r.get("messages").asLong(), r.get("articles").asLong() + r.get("mail").asLong()
                    + r.get("duplicates").asLong() + r.get("sightings").asLong() + r.get("quarantined").asLong(),
                    r.toString());
            assertEquals(0, r.get("quarantined").asLong(), r.toString());
        }
        assertEquals(reference, snapshot("pair"));

        // and mailclip search reads the same collection
        Process search = mailclip(List.of("search", "Hamas", "truce", "--sink", uri, "--json"));
        assertTrue(search.waitFor(60, TimeUnit.SECONDS));
        String out = new String(search.getInputStream().readAllBytes());
        assertEquals(0, search.exitValue(), new String(search.getErrorStream().readAllBytes()));
        JsonNode hit = ArticleJson.mapper().readTree(out.lines().findFirst().orElseThrow());
        assertEquals("msgid:<CAseed003.clip@mail.gmail.com>", hit.get("id").asText(), out);
        assertTrue(hit.get("snippet").asText().contains("[Hamas]"), out);
    }

    Process mailclip(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.mailclip.cli.Main"));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).start();
    }

    /** {@code mailclip import} in a JVM of its own, on this test's class path. */
    Process importer(String uri, List<String> inputs, Path report) throws IOException {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(inputs);
        args.addAll(List.of("--sink", uri, "--report", report.toString(), "--quiet", "--threads", "1"));
        return mailclip(args);
    }

    @Test
    @Order(3)
    void aRecordSolrRefusesIsQuarantinedLocallyAndCounted() throws Exception {
        createCollection("refusals");
        Path quarantine = work.resolve("quarantine-refusals");
        Sink sink = Sinks.open(sinkUri("refusals", "&batch=3"));
        List<Article> expected = expectedRecords();
        // a url over Lucene's 32766-byte term limit: Solr refuses the batch, the sink finds the one at fault
        Article huge = expected.get(0).toBuilder().id("msgid:<huge@t>").articleKey("url:huge")
                .url("https://example.org/" + "x".repeat(40_000)).build();
        try {
            assertEquals(Sink.Outcome.STORED, sink.accept(expected.get(1)));
            assertEquals(Sink.Outcome.STORED, sink.accept(huge));
            assertEquals(Sink.Outcome.STORED, sink.accept(expected.get(2)));
            List<Article> late = sink.drainFailures();
            assertEquals(List.of("msgid:<huge@t>"), late.stream().map(Article::id).toList());
            assertTrue(sink.drainFailures().isEmpty(), "each failure is handed back once");
        } finally {
            sink.close();
        }
        try (Stream<Path> kept = Files.list(quarantine.resolve("records"))) {
            List<Path> files = kept.toList();
            assertEquals(1, files.size());
            JsonNode node = ArticleJson.mapper().readTree(files.get(0).toFile());
            assertEquals("msgid:<huge@t>", node.get("id").asText());
            assertTrue(node.get("reason").asText().startsWith("solr: refused the record"), node.toString());
        }
        Map<String, String> docs = snapshot("refusals");
        assertTrue(docs.containsKey(expected.get(1).id()) && docs.containsKey(expected.get(2).id()), docs.keySet().toString());
        assertFalse(docs.containsKey("msgid:<huge@t>"));
    }

    @Test
    @Order(4)
    void aMissingCollectionIsOneLineAtOpen() {
        SinkException e = assertThrows(SinkException.class, () -> Sinks.open(sinkUri("nowhere", "")));
        assertTrue(e.getMessage().contains("no collection 'nowhere'") && e.getMessage().contains("configset is uploaded"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    @Order(5)
    void aNodeStoppedMidImportLosesNothingAndARerunFillsTheGap() throws Exception {
        createCollection("outage");
        // small batches, so several are sent while the node is down and its leaders are re-elected
        String uri = sinkUri("outage", "&batch=2&backoffMs=300&retries=6");
        AtomicBoolean stopped = new AtomicBoolean();
        Thread[] stopper = new Thread[1];
        JettySolrRunner[] stoppedNode = new JettySolrRunner[1];
        ImportListener stopAfterFour = (counts, read, total) -> {
            if (counts.messages() == 4 && stopped.compareAndSet(false, true)) {
                JettySolrRunner node = cluster.getJettySolrRunner(1);
                stoppedNode[0] = node;
                stopper[0] = new Thread(() -> {
                    try {
                        cluster.stopJettySolrRunner(node);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                stopper[0].start();
                try {
                    Thread.sleep(500); // let the stop begin before the next batch
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ImportCounts first = importInProcess(uri, INPUTS, stopAfterFour);
        stopper[0].join(60_000);
        assertTrue(stopped.get());
        assertEquals(1, cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning).count(),
                "one node was down for the end of the import");
        System.err.println("outage import: " + first.describe());
        assertEquals(16, first.messages(), first.describe());
        // everything is a record, a duplicate or quarantined (counted), and quarantined records are on disk
        long kept = countFiles(work.resolve("quarantine-outage").resolve("records"));
        assertEquals(first.quarantined(), kept, first.describe());

        // the node comes back, as it would after an outage, and its replicas recover; then the rerun
        cluster.startJettySolrRunner(stoppedNode[0]);
        cluster.waitForActiveCollection("outage", 2, 4);
        ImportCounts rerun = importInProcess(uri, INPUTS, ImportListener.NONE);
        assertEquals(0, rerun.quarantined(), rerun.describe());
        // a write quarantined because it reached too few replicas may have landed on one of them: the
        // rerun stores at most what was quarantined, and the collection ends as after one clean import
        assertTrue(rerun.articles() + rerun.mail() <= first.quarantined(), "the rerun stores only the gap: " + rerun.describe());
        assertEquals(reference, snapshot("outage"));
    }

    static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    /** The sink contract every sink's test runs, each case on a collection of its own. */
    @Nested
    class Contract extends SinkContract {
        private final Map<Path, String> collections = new java.util.HashMap<>();

        @Override
        protected String uri(Path dir) {
            String name = collections.computeIfAbsent(dir, d -> {
                String c = "contract" + collections.size() + "_" + Long.toHexString(System.nanoTime());
                try {
                    CollectionAdminRequest.createCollection(c, "mailclip", 1, 1).process(cluster.getSolrClient());
                    cluster.waitForActiveCollection(c, 30, TimeUnit.SECONDS, 1, 1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return c;
            });
            return "solr:zk://" + cluster.getZkServer().getZkAddress() + "?collection=" + name
                    + "&quarantine=" + dir.resolve("quarantine");
        }

        @Override
        protected Seen read(Path dir, String key) throws Exception {
            try (Archive archive = Sinks.openArchive(uri(dir))) {
                return seen(archive.find(key));
            }
        }

        @Override
        protected long quarantined(Path dir) throws Exception {
            try (Stream<Path> files = Files.list(dir.resolve("quarantine"))) {
                return files.filter(p -> p.toString().endsWith(".json")).count();
            }
        }
    }
}
