package dev.mailclip.imap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.OneLine;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.AtomicFiles;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SyncStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the IMAP marks of an import are kept. The SQLite archive keeps them itself (table {@code imap_sync});
 * a {@code jsonl:FILE} sink beside its file ({@code FILE.imap-sync.json}), a {@code markdown:DIR} sink in
 * {@code DIR/.imap-sync.json}. Any other sink (Solr, standard output, a third party's) keeps none: every run
 * reads the whole folder again, and message identity keeps what is stored from being added twice.
 */
final class SyncStores {
    private SyncStores() {
    }

    static SyncStore forSink(Sink sink, String uri, Consumer<String> notes) {
        if (sink instanceof SyncStore own) {
            return own;
        }
        int colon = uri.indexOf(':');
        String scheme = colon > 0 ? uri.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        String target = colon > 0 ? uri.substring(colon + 1) : uri;
        if (scheme.equals("jsonl") && !target.equals("-")) {
            return new SideFile(Path.of(target + ".imap-sync.json"));
        }
        if (scheme.equals("markdown")) {
            return new SideFile(Path.of(target).resolve(".imap-sync.json"));
        }
        notes.accept(uri + " keeps no IMAP marks: every run reads the whole folder (nothing is added twice)");
        return new InMemory();
    }

    /** Marks for this run only. */
    static final class InMemory implements SyncStore {
        private final Map<String, Mark> marks = new HashMap<>();

        @Override
        public synchronized Mark mark(String folder) {
            return marks.get(folder);
        }

        @Override
        public synchronized void mark(String folder, Mark mark) {
            marks.put(folder, mark);
        }
    }

    /** Marks in a small JSON file, {@code {"imaps://…/INBOX": {"uidValidity": 1, "lastUid": 42}}}, rewritten whole. */
    static final class SideFile implements SyncStore {
        private final Path file;

        SideFile(Path file) {
            this.file = file;
        }

        @Override
        public synchronized Mark mark(String folder) throws SinkException {
            ObjectNode all = read();
            var node = all.get(folder);
            return node == null ? null : new Mark(node.path("uidValidity").asLong(), node.path("lastUid").asLong());
        }

        @Override
        public synchronized void mark(String folder, Mark mark) throws SinkException {
            ObjectNode all = read();
            all.putObject(folder).put("uidValidity", mark.uidValidity()).put("lastUid", mark.lastUid());
            try {
                AtomicFiles.write(file, ArticleJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(all));
            } catch (IOException e) {
                throw new SinkException(file + ": cannot write the IMAP state (" + OneLine.of(e) + ")", e);
            }
        }

        private ObjectNode read() throws SinkException {
            if (!Files.exists(file)) {
                return ArticleJson.mapper().createObjectNode();
            }
            try {
                var node = ArticleJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (node instanceof ObjectNode o) {
                    return o;
                }
                throw new SinkException(file + ": not an IMAP state file");
            } catch (IOException e) {
                throw new SinkException(file + ": cannot read the IMAP state (" + OneLine.of(e) + ")", e);
            }
        }
    }
}
