package dev.mailclip.sink.solr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.AtomicFiles;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.SinkException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records Solr would not take, even after retries, kept on local disk: {@code DIR/NAME.json} holds
 * the reason and the whole record, NAME a hash of its id (so a record failing twice is one file).
 * They are not in the collection, so importing the same input again sends them again.
 */
final class FailedRecords {
    private final Path dir;

    FailedRecords(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    synchronized Path add(Article a, String reason) throws SinkException {
        Path file = dir.resolve(QuarantineDir.fileBase(a.id()) + ".json");
        try {
            Files.createDirectories(dir);
            ObjectNode node = ArticleJson.mapper().createObjectNode();
            node.put("id", a.id());
            node.put("reason", reason);
            node.set("record", ArticleJson.mapper().valueToTree(a));
            AtomicFiles.write(file, (node + "\n").getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new SinkException("cannot keep a record Solr refused in " + dir + " (" + e.getMessage() + ")", e);
        }
    }
}
