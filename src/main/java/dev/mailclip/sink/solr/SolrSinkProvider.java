package dev.mailclip.sink.solr;

import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SinkProvider;

/**
 * {@code solr:http://HOST:8983/solr/COLLECTION} (a node) or
 * {@code solr:zk://HOST:2181[,HOST:2181...][/CHROOT]?collection=NAME} (SolrCloud through ZooKeeper);
 * options in {@link SolrTarget}.
 */
public final class SolrSinkProvider implements SinkProvider {
    @Override
    public String scheme() {
        return "solr";
    }

    @Override
    public Sink open(String target) throws SinkException {
        return SolrSink.open(SolrTarget.parse(target));
    }

    @Override
    public dev.mailclip.sink.Archive openArchive(String target) throws SinkException {
        return SolrSearch.open(target);
    }

    @Override
    public boolean canSearch() {
        return true;
    }
}
