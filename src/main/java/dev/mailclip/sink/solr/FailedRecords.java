package dev.mailclip.sink.solr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.AtomicFiles;
import dev.mailclip.sink.SinkException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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
        Path file = dir.resolve(fileBase(a.id()) + ".json");
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

    private static String fileBase(String id) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
