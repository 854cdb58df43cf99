package dev.mailclip.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public static List<String> schemes() {
        List<String> out = new ArrayList<>();
        for (SinkProvider provider : providers()) {
            out.add(provider.scheme());
        }
        return out;
    }

    private static Iterable<SinkProvider> providers() {
        return ServiceLoader.load(SinkProvider.class, Sinks.class.getClassLoader());
    }
}
