package dev.mailclip.sink;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds a {@link SinkProvider} for a sink URI such as {@code sqlite:archive.db} or {@code jsonl:-}. */
public final class Sinks {
    /** The embedded archive used when no sink is named. */
    public static final String DEFAULT_URI = "sqlite:mailclip.db";

    private Sinks() {
    }

    public static Sink open(String uri) throws SinkException {
        int colon = uri.indexOf(':');
        if (colon <= 0) {
            throw new SinkException("sink '" + uri + "' is not of the form scheme:target (e.g. sqlite:mailclip.db)");
        }
        String scheme = uri.substring(0, colon).toLowerCase(Locale.ROOT);
        String target = uri.substring(colon + 1);
        for (SinkProvider provider : providers()) {
            if (provider.scheme().equals(scheme)) {
                return provider.open(target);
            }
        }
        throw new SinkException("no sink for scheme '" + scheme + "' (known: " + String.join(", ", schemes()) + ")");
    }

    /** Opens the archive a sink URI names, to be read back (see {@link Archive}). */
    public static Archive openArchive(String uri) throws SinkException {
        return provider(uri).openArchive(uri.substring(uri.indexOf(':') + 1));
    }

    /** The schemes whose archives can be searched. */
    public static List<String> searchable() {
        List<String> out = new ArrayList<>();
        for (SinkProvider provider : providers()) {
            if (provider.canSearch()) {
                out.add(provider.scheme());
            }
        }
        return out;
    }

    /** Whether the archive a sink URI names can be searched. */
    public static boolean canSearch(String uri) throws SinkException {
        return provider(uri).canSearch();
    }

    private static SinkProvider provider(String uri) throws SinkException {
        int colon = uri.indexOf(':');
        if (colon <= 0) {
            throw new SinkException("sink '" + uri + "' is not of the form scheme:target (e.g. sqlite:mailclip.db)");
        }
        String scheme = uri.substring(0, colon).toLowerCase(Locale.ROOT);
        for (SinkProvider provider : providers()) {
            if (provider.scheme().equals(scheme)) {
                return provider;
            }
        }
        throw new SinkException("no sink for scheme '" + scheme + "' (known: " + String.join(", ", schemes()) + ")");
    }

    public static List<String> schemes() {
        List<String> out = new ArrayList<>();
        for (SinkProvider provider : providers()) {
            out.add(provider.scheme());
        }
        return out;
    }

    /**
     * The providers that can be loaded. One whose classes are missing (a sink whose client library
     * is not on this classpath, e.g. the Solr sink inside a Tika host) is left out rather than
     * breaking every other sink.
     */
    private static List<SinkProvider> providers() {
        List<SinkProvider> out = new ArrayList<>();
        Iterator<SinkProvider> it = ServiceLoader.load(SinkProvider.class, Sinks.class.getClassLoader()).iterator();
        for (int guard = 0; guard < 1000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // not usable here; the others still are
            }
        }
        return out;
    }
}
