package dev.mailclip.plugin;

import dev.mailclip.sink.sqlite.SqliteSinkProvider;
import org.pf4j.Extension;

/** The built-in sqlite sink as a PF4J extension. */
@Extension
public final class SqliteSinkExtension extends ProvidedSink {
    public SqliteSinkExtension() {
        super(new SqliteSinkProvider());
    }
}
