package dev.mailclip.cli;

import dev.mailclip.article.Kind;
import dev.mailclip.sink.RecordFilter;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code --site --label --since --until --kind}: which records {@code list} and {@code search} show. */
final class FilterOptions {
    @Option(names = "--site", paramLabel = "SITE", description = "only articles of this site (e.g. english.almayadeen.net)")
    String site;

    @Option(names = "--label", paramLabel = "LABEL", description = "only records saved under this label (any sighting)")
    String label;

    @Option(names = "--since", paramLabel = "DATE", description = "only records dated on or after DATE (2024-03-01 or an RFC 3339 time)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "only records dated on or before DATE (a date includes its whole day)")
    String until;

    @Option(names = "--kind", paramLabel = "KIND", description = "article or mail")
    String kind;

    RecordFilter filter() {
        Kind k = null;
        if (kind != null) {
            try {
                k = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--kind is article or mail, not " + kind);
            }
        }
        return new RecordFilter(site, label, since, until, k);
    }
}
