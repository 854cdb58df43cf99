package dev.mailclip.sink.markdown;

import dev.mailclip.article.Article;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.QuarantineEntry;
import dev.mailclip.sink.RecordsInHand;
import dev.mailclip.sink.SinkException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder the Markdown sink wrote, read back: every {@code .md} of the folder and of {@code mail/} with
 * front matter of ours is a record, its body (Markdown) its text. Read whole when opened; its quarantine is
 * {@code DIR/quarantine/}.
 */
final class MarkdownArchive extends RecordsInHand {
    private final QuarantineDir quarantine;

    MarkdownArchive(String target) throws SinkException {
        super(read(target));
        quarantine = new QuarantineDir(Path.of(target).resolve("quarantine"));
    }

    /** From {@code DIR/quarantine/}, where {@link MarkdownSink} keeps them. */
    @Override
    public List<QuarantineEntry> quarantined() throws SinkException {
        return quarantine.list();
    }

    @Override
    public byte[] quarantinedBytes(String id) throws SinkException {
        return quarantine.bytes(id);
    }

    private static List<Article> read(String target) throws SinkException {
        Path dir = Path.of(target);
        if (!Files.isDirectory(dir)) {
            throw new SinkException("markdown:" + target + ": no such folder");
        }
        List<Article> records = new ArrayList<>();
        for (Path folder : List.of(dir, dir.resolve("mail"))) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path md : files.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                        .toList()) {
                    Map<?, ?> front = NoteReader.frontMatter(md);
                    if (front.get("id") != null || front.get("key") != null) {
                        String body = NoteReader.body(Files.readString(md, StandardCharsets.UTF_8)).strip();
                        records.add(NoteReader.record(front).text(body.isEmpty() ? null : body).build());
                    }
                }
            } catch (IOException e) {
                throw new SinkException("markdown:" + target + ": cannot read " + folder + " (" + e.getMessage() + ")", e);
            }
        }
        return records;
    }
}
