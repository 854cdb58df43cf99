package dev.mailclip.bench;

import dev.mailclip.Mailclip;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every record mailclip makes of every file under the given folders, one JSON line each, in file order:
 * `scripts/snapshot.sh` compares two of these to show that a refactoring or an optimisation changed no
 * record (issues 17 and 18: "records byte-identical on the fixtures and both development sets").
 */
public final class Snapshot {
    public static void main(String[] args) throws IOException {
        Mailclip mailclip = new Mailclip();
        for (String root : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                try (MessageSource source = Sources.open(file, skipped -> { })) {
                    for (RawMessage raw; (raw = source.next()) != null; ) {
                        try {
                            System.out.println(file + "\t" + ArticleJson.line(mailclip.extract(raw)));
                        } catch (UnreadableMessageException e) {
                            System.out.println(file + "\tunreadable: " + e.getMessage());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    System.out.println(file + "\tnot read: " + e.getClass().getSimpleName());
                }
            }
        }
    }
}
