package dev.mailclip.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarantine kept as files, for sinks that write files: {@code NAME.eml} holds the raw bytes and
 * {@code NAME.json} the id, reason and source. NAME is a hash of the id, so a message quarantined
 * again lands on the same files (nothing is added twice). Each file is written to a temporary file
 * and renamed; the .json is written last, so its presence means the item is complete.
 */
public final class QuarantineDir {
    private final Path dir;

    public QuarantineDir(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public synchronized void add(Quarantined q) throws SinkException {
        String base = fileBase(q.id() == null ? "sha256:" + Identity.sha256(q.bytes()) : q.id());
        Path json = dir.resolve(base + ".json");
        if (Files.exists(json)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve(base + ".eml"), q.bytes());
            ObjectNode node = ArticleJson.mapper().createObjectNode();
            node.put("id", q.id());
            node.put("reason", q.reason());
            node.put("source", q.origin() == null ? null : q.origin().source());
            node.put("file", base + ".eml");
            AtomicFiles.write(json, (node.toString() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SinkException("cannot write quarantine in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    /** What the folder holds, as {@link Archive#quarantined} lists it (newest first); none when there is no folder. */
    public List<QuarantineEntry> list() throws SinkException {
        List<QuarantineEntry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (var files = Files.list(dir)) {
            for (Path json : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = ArticleJson.mapper().readTree(json.toFile());
                Path eml = dir.resolve(node.path("file").asText(""));
                if (!eml.getParent().equals(dir) || !Files.isRegularFile(eml)) {
                    continue; // a description whose message is not beside it
                }
                out.add(new QuarantineEntry(node.path("id").asText(null), node.path("reason").asText(null),
                        node.path("source").asText(null), Files.getLastModifiedTime(json).toInstant().toString(),
                        Files.size(eml)));
            }
        } catch (IOException e) {
            throw new SinkException("cannot read quarantine in " + dir + " (" + e.getMessage() + ")", e);
        }
        out.sort(java.util.Comparator.comparing(QuarantineEntry::at).reversed());
        return out;
    }

    /** The raw bytes kept for {@code id}: the file is named by a hash of it, so the id never names a path. */
    public byte[] bytes(String id) throws SinkException {
        Path eml = dir.resolve(fileBase(id) + ".eml");
        try {
            return Files.isRegularFile(eml) ? Files.readAllBytes(eml) : null;
        } catch (IOException e) {
            throw new SinkException("cannot read quarantine in " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    /** The file name (without extension) kept for a message identity: its hash, so no id reaches a path. */
    public static String fileBase(String id) {
        return Identity.sha256(id.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

}
