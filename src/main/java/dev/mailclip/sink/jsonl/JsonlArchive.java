package dev.mailclip.sink.jsonl;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.QuarantineEntry;
import dev.mailclip.sink.RecordFilter;
import dev.mailclip.sink.SinkException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Lines file read back as docs/RECORD.md says a consumer should: the last line with an
 * {@code articleKey} is that article; a line of kind mail stands alone. Read whole when opened.
 */
final class JsonlArchive implements Archive {
    private final List<Article> records;
    private final QuarantineDir quarantine;

    JsonlArchive(String target) throws SinkException {
        Path file = Path.of(target);
        if (!Files.isRegularFile(file)) {
            throw new SinkException("jsonl:" + target + ": no such file");
        }
        quarantine = new QuarantineDir(file.resolveSibling(file.getFileName() + ".quarantine"));
        Map<String, Article> last = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Article a;
                try {
                    a = ArticleJson.read(line);
                } catch (RuntimeException e) {
                    continue; // a torn last line of a killed run
                }
                last.put(a.articleKey() != null ? a.articleKey() : "id:" + a.id(), a);
            }
        } catch (IOException e) {
            throw new SinkException("jsonl:" + target + ": cannot read (" + e.getMessage() + ")", e);
        }
        records = new ArrayList<>(last.values());
        records.sort(BY_DATE);
    }

    @Override
    public List<Article> list(RecordFilter filter) {
        return records.stream().filter(filter::matches).toList();
    }

    @Override
    public Article find(String idOrUrl) {
        return Archive.find(records, idOrUrl);
    }

    /** From {@code PATH.quarantine/}, where {@link JsonlSink} keeps them. */
    @Override
    public List<QuarantineEntry> quarantined() throws SinkException {
        return quarantine.list();
    }

    @Override
    public byte[] quarantinedBytes(String id) throws SinkException {
        return quarantine.bytes(id);
    }

    @Override
    public void close() {
    }
}
