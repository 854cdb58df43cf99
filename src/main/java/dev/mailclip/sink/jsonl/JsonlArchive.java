package dev.mailclip.sink.jsonl;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.QuarantineEntry;
import dev.mailclip.sink.RecordsInHand;
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
 * {@code articleKey} is that article; a line of kind mail stands alone. Read whole when opened; its
 * quarantine is {@code PATH.quarantine/}, where {@link JsonlSink} keeps it.
 */
final class JsonlArchive extends RecordsInHand {
    private final QuarantineDir quarantine;

    JsonlArchive(String target) throws SinkException {
        super(read(target));
        Path file = Path.of(target);
        quarantine = new QuarantineDir(file.resolveSibling(file.getFileName() + ".quarantine"));
    }

    private static List<Article> read(String target) throws SinkException {
        Path file = Path.of(target);
        if (!Files.isRegularFile(file)) {
            throw new SinkException("jsonl:" + target + ": no such file");
        }
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
        return new ArrayList<>(last.values());
    }

    @Override
    public List<QuarantineEntry> quarantined() throws SinkException {
        return quarantine.list();
    }

    @Override
    public byte[] quarantinedBytes(String id) throws SinkException {
        return quarantine.bytes(id);
    }
}
