package dev.mailclip;

import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The mail the project's records are held to: the fixtures, and beside the repository the development sets and seeds. */
public final class FixtureMessages {
    /** the project's fixtures, the development sets and the seeds (the last two read when present) */
    public static final List<Path> ROOTS = List.of(Path.of("fixtures"), Path.of("../shared/eval"), Path.of("../shared/seeds"));

    private FixtureMessages() {
    }

    /** Whether the development sets stand beside the repository (a clone placed elsewhere has only the fixtures). */
    public static boolean hasDevelopmentSets() {
        return Files.isDirectory(ROOTS.get(1));
    }

    /** The files under {@link #ROOTS} whose names end in one of {@code endings} (".eml", ".mbox"), sorted. */
    public static List<Path> files(String... endings) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> Stream.of(endings).anyMatch(p.toString()::endsWith)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The messages of a message file or a mailbox, as an import reads them; of a hostile mailbox, those before it breaks. */
    public static List<RawMessage> of(Path file) {
        List<RawMessage> messages = new ArrayList<>();
        try (MessageSource source = Sources.open(file, skipped -> { })) {
            for (RawMessage m = source.next(); m != null; m = source.next()) {
                messages.add(m);
            }
        } catch (IOException e) {
            // a mailbox that cannot be read to its end
        }
        return messages;
    }
}
