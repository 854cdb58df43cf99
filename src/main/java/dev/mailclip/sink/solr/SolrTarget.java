package dev.mailclip.sink.solr;

import dev.mailclip.sink.SinkException;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a Solr sink writes, parsed from the part of the sink URI after {@code solr:}:
 * <pre>
 *   http://127.0.0.1:8983/solr/mailclip                        one Solr node (standalone or SolrCloud)
 *   zk://127.0.0.1:2181,127.0.0.1:2182/solr?collection=mailclip  SolrCloud through its ZooKeeper ensemble
 * </pre>
 * Either form takes options after {@code ?}: {@code quarantine=DIR} (default {@code mailclip-quarantine}),
 * {@code batch=N} documents per update (500), {@code flushMs} (2000: a batch older than this is sent),
 * {@code commitWithinMs} (5000), {@code retries} (5) and {@code backoffMs} (250, doubled at each retry).
 *
 * @param solrUrl  the node's base URL ("http://host:8983/solr"), or null for the ZooKeeper form
 * @param zkHosts  the ensemble's host:port list, or empty for the HTTP form
 * @param zkChroot the ensemble's chroot ("/solr"), or null
 */
record SolrTarget(String name, String solrUrl, List<String> zkHosts, String zkChroot, String collection,
                         Path quarantineDir, int batchSize, Duration flushAfter, Duration commitWithin,
                         int retries, Duration backoff) {

    private static final Set<String> OPTIONS =
            Set.of("collection", "quarantine", "batch", "flushms", "commitwithinms", "retries", "backoffms");

    public boolean cloud() {
        return solrUrl == null;
    }

    public Optional<String> chroot() {
        return Optional.ofNullable(zkChroot);
    }

    public static SolrTarget parse(String target) throws SinkException {
        String spec = target.strip();
        int q = spec.indexOf('?');
        String location = q < 0 ? spec : spec.substring(0, q);
        Map<String, String> options = options(q < 0 ? "" : spec.substring(q + 1), target);
        String name = "solr:" + location;
        Path quarantine = Path.of(options.getOrDefault("quarantine", "mailclip-quarantine"));
        int batch = positive(options, "batch", 500, target);
        Duration flush = Duration.ofMillis(positive(options, "flushms", 2000, target));
        Duration commit = Duration.ofMillis(positive(options, "commitwithinms", 5000, target));
        int retries = nonNegative(options, "retries", 5, target);
        Duration backoff = Duration.ofMillis(positive(options, "backoffms", 250, target));

        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zk://")) {
            String rest = location.substring("zk://".length());
            int slash = rest.indexOf('/');
            String hosts = slash < 0 ? rest : rest.substring(0, slash);
            String chroot = slash < 0 || slash == rest.length() - 1 ? null : rest.substring(slash);
            List<String> zk = Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
            String collection = options.get("collection");
            if (zk.isEmpty() || collection == null || collection.isBlank()) {
                throw new SinkException("solr: the ZooKeeper form is solr:zk://HOST:PORT[,HOST:PORT...][/CHROOT]"
                        + "?collection=NAME, not solr:" + target);
            }
            return new SolrTarget(name, null, zk, chroot, collection, quarantine, batch, flush, commit, retries,
                    backoff);
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            if (options.containsKey("collection")) {
                throw new SinkException("solr: the HTTP form names the collection in its path "
                        + "(solr:http://HOST:8983/solr/COLLECTION), not with ?collection=");
            }
            URI uri;
            try {
                uri = new URI(location);
            } catch (URISyntaxException e) {
                throw new SinkException("solr: not a URL: " + location);
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            int last = path.lastIndexOf('/');
            if (uri.getHost() == null || last < 0 || last == path.length() - 1 || last == 0) {
                throw new SinkException("solr: name the node and the collection, e.g. "
                        + "solr:http://127.0.0.1:8983/solr/mailclip, not solr:" + target);
            }
            String base = uri.getScheme() + "://" + uri.getRawAuthority() + path.substring(0, last);
            return new SolrTarget(name, base, List.of(), null, path.substring(last + 1), quarantine, batch, flush,
                    commit, retries, backoff);
        }
        throw new SinkException("solr: needs http://HOST:PORT/solr/COLLECTION or zk://HOSTS[/CHROOT]?collection=NAME,"
                + " not solr:" + target);
    }

    private static Map<String, String> options(String query, String target) throws SinkException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!OPTIONS.contains(key)) {
                throw new SinkException("solr: unknown option '" + key + "' in solr:" + target
                        + " (known: collection, quarantine, batch, flushMs, commitWithinMs, retries, backoffMs)");
            }
            out.put(key, value);
        }
        return out;
    }

    private static int positive(Map<String, String> options, String key, int dflt, String target)
            throws SinkException {
        int v = nonNegative(options, key, dflt, target);
        if (v == 0) {
            throw new SinkException("solr: option " + key + " must be at least 1 in solr:" + target);
        }
        return v;
    }

    private static int nonNegative(Map<String, String> options, String key, int dflt, String target)
            throws SinkException {
        String v = options.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SinkException("solr: option " + key + " must be a whole number, not '" + v + "' in solr:"
                    + target);
        }
    }
}
