package dev.mailclip.plugin;

import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SinkProvider;
import org.pf4j.ExtensionPoint;

/**
 * A mailclip sink as a PF4J extension point: the same {@link SinkProvider} a ServiceLoader host
 * finds in META-INF/services, offered to PF4J hosts, which look extensions up by type.
 */
public interface SinkExtension extends ExtensionPoint {

    /** The provider behind this extension. */
    SinkProvider provider();

    /** The URI scheme the sink answers to, e.g. {@code sqlite}. */
    default String scheme() {
        return provider().scheme();
    }

    /** Opens a sink; see {@link SinkProvider#open(String)}. */
    default Sink open(String target) throws SinkException {
        return provider().open(target);
    }
}
