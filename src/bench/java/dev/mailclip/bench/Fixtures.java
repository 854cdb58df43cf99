package dev.mailclip.bench;

import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The messages and forward bodies the generator varies: the repo's fixtures, and the dev set when present. */
final class Fixtures {
    /** A forward fixture: its text and HTML alternatives (either may be missing). */
    record Forward(String text, String html) {
    }

    private Fixtures() {
    }

    /**
     * Whole messages: seeds, mailbox fixtures (loose, Maildir, and split out of the mboxes; not the hostile
     * ones), the dev set.
     */
    static List<byte[]> templates(Path repo) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path dir : List.of(repo.resolve("fixtures/seeds"), repo.resolve("fixtures/mailbox"),
                repo.resolve("fixtures/tika"), repo.resolve("../shared/eval/dev"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (f.toString().contains("/hostile/")) {
                        continue; // made to break readers (a random mbox, broken MIME): no template of mail
                    }
                    String name = f.getFileName().toString();
                    if (name.endsWith(".eml") || f.getParent().getFileName().toString().matches("cur|new")) {
                        out.add(Files.readAllBytes(f));
                    } else if (name.endsWith(".mbox")) {
                        try (MboxSource mbox = MboxSource.open(f, false)) {
                            for (RawMessage m; (m = mbox.next()) != null; ) {
                                out.add(m.bytes());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    static List<Forward> forwards(Path repo) throws IOException {
        Path dir = repo.resolve("fixtures/forward");
        List<Forward> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path html = Path.of(txt.toString().replaceFirst("\\.txt$", ".html"));
                out.add(new Forward(Files.readString(txt, StandardCharsets.UTF_8),
                        Files.exists(html) ? Files.readString(html, StandardCharsets.UTF_8) : null));
            }
        }
        return out;
    }
}
