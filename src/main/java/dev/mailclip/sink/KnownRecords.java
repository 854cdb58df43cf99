package dev.mailclip.sink;

import dev.mailclip.article.Article;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identities a file-based sink already holds (message ids and article keys), read back when it
 * is opened, so that a record already stored is a duplicate. The sink guards its changes; the message ids may
 * also be asked from another thread meanwhile ({@link dev.mailclip.sink.Sink#holdsMessage}).
 */
public final class KnownRecords {
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final Set<String> keys = new HashSet<>();

    /** Remembers a stored record's identities; nulls are ignored. */
    public void add(String id, String articleKey) {
        if (id != null) {
            ids.add(id);
        }
        if (articleKey != null) {
            keys.add(articleKey);
        }
    }

    public void add(Article a) {
        add(a.id(), a.articleKey());
    }

    /** True when no message is stored. */
    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** True when the message is already stored (as a record or a sighting). */
    public boolean holdsMessage(String id) {
        return id != null && ids.contains(id);
    }

    /** True when the message, or the article it holds, is already stored. */
    public boolean holds(Article a) {
        return a.id() != null && ids.contains(a.id()) || a.articleKey() != null && keys.contains(a.articleKey());
    }
}
