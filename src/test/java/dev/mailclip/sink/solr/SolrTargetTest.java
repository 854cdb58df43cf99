package dev.mailclip.sink.solr;

import dev.mailclip.sink.SinkException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SolrTargetTest {

    @Test
    void httpFormNamesTheNodeAndTheCollection() throws SinkException {
        SolrTarget t = SolrTarget.parse("http://127.0.0.1:8983/solr/mailclip");
        assertFalse(t.cloud());
        assertEquals("http://127.0.0.1:8983/solr", t.solrUrl());
        assertEquals("mailclip", t.collection());
        assertEquals("solr:http://127.0.0.1:8983/solr/mailclip", t.name());
        assertEquals(500, t.batchSize());
        assertEquals(Duration.ofSeconds(2), t.flushAfter());
        assertEquals(Path.of("mailclip-quarantine"), t.quarantineDir());
        // a trailing slash and options
        SolrTarget o = SolrTarget.parse("http://localhost:8983/solr/clips/?batch=50&quarantine=/tmp/q&retries=0");
        assertEquals("http://localhost:8983/solr", o.solrUrl());
        assertEquals("clips", o.collection());
        assertEquals(50, o.batchSize());
        assertEquals(0, o.retries());
        assertEquals(Path.of("/tmp/q"), o.quarantineDir());
    }

    @Test
    void zkFormNamesTheEnsembleTheChrootAndTheCollection() throws SinkException {
        SolrTarget t = SolrTarget.parse("zk://127.0.0.1:2181,127.0.0.1:2182/solr?collection=mailclip&commitWithinMs=1000");
        assertTrue(t.cloud());
        assertNull(t.solrUrl());
        assertEquals(List.of("127.0.0.1:2181", "127.0.0.1:2182"), t.zkHosts());
        assertEquals(Optional.of("/solr"), t.chroot());
        assertEquals("mailclip", t.collection());
        assertEquals(Duration.ofSeconds(1), t.commitWithin());
        assertEquals(Optional.empty(), SolrTarget.parse("zk://127.0.0.1:2181?collection=c").chroot());
    }

    @Test
    void mistakesAreOneLine() {
        for (String bad : List.of("", "127.0.0.1:8983/solr/x", "http://127.0.0.1:8983", "http://127.0.0.1:8983/solr/",
                "zk://127.0.0.1:2181/solr", "zk://?collection=x", "http://h:1/solr/c?collection=d",
                "http://h:1/solr/c?batch=0", "http://h:1/solr/c?retries=many", "http://h:1/solr/c?colour=red")) {
            SinkException e = assertThrows(SinkException.class, () -> SolrTarget.parse(bad), bad);
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertTrue(e.getMessage().startsWith("solr:"), e.getMessage());
        }
    }
}
