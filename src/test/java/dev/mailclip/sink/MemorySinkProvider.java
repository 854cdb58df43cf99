package dev.mailclip.sink;

import dev.mailclip.article.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A third party's sink, found by classpath alone: it is registered only in
 * src/test/resources/META-INF/services, never in the main tree. {@code memory:NAME} keeps records
 * in a list that tests can look at.
 */
public final class MemorySinkProvider implements SinkProvider {
    public static final Map<String, MemorySink> OPENED = new ConcurrentHashMap<>();

    @Override
    public String scheme() {
        return "memory";
    }

    @Override
    public Sink open(String target) {
        return OPENED.computeIfAbsent(target, t -> new MemorySink());
    }

    public static class MemorySink implements Sink {
        public final List<Article> records = new ArrayList<>();
        public final List<Quarantined> quarantined = new ArrayList<>();
        public volatile boolean failing;

        @Override
        public synchronized Outcome accept(Article a) throws SinkException {
            if (failing) {
                throw new SinkException("memory: disk full");
            }
            boolean dup = records.stream().anyMatch(r -> r.id().equals(a.id())
                    || a.articleKey() != null && a.articleKey().equals(r.articleKey()));
            if (dup) {
                return Outcome.DUPLICATE;
            }
            records.add(a);
            return Outcome.STORED;
        }

        @Override
        public synchronized void quarantine(Quarantined item) {
            if (quarantined.stream().noneMatch(q -> q.id().equals(item.id()))) {
                quarantined.add(item);
            }
        }

        @Override
        public void close() {
        }
    }
}
