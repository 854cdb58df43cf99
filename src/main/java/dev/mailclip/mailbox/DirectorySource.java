package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Walks a directory in name order and reads every message in it:
 * <ul>
 * <li>a Maildir (cur/ and new/; tmp/ is skipped: deliveries in progress) — its folder is "INBOX"
 *     at the walk's root, else its path relative to the root; Maildir++ subfolders ".Folder.Sub"
 *     become "Folder/Sub"; flags after ":2," become IMAP-style labels (see {@link Maildir#flags});</li>
 * <li>any other file is detected by {@link InputDetector}: mboxes are split, messages and clips read
 *     whole; files that are none of these (and hidden files) are skipped and reported.</li>
 * </ul>
 * Only one directory listing and one open mbox are held at a time.
 */
final class DirectorySource implements MessageSource {
    /** How the entries of a directory are read. */
    private enum Mode {
        /** any file is detected, any directory walked */
        WALK,
        /** files are messages of a maildir's cur/ or new/ */
        MAILDIR_MESSAGES,
        /** directories inside a maildir: Maildir++ ".Folder.Sub" folders, or others to walk */
        MAILDIR_SUBFOLDERS
    }

    /** One directory being walked: its remaining entries and how to read them. */
    private record Frame(Iterator<Path> entries, String folder, Mode mode) {
    }

    private final Path root;
    private static final java.util.regex.Pattern CLIP_NAME =
            java.util.regex.Pattern.compile("(?i).+\\.(?:html?|xhtml|txt|text|md|markdown)(?:\\.gz)?");
    private final Consumer<String> onSkip;
    private long nestedCount;     // messages the nested mbox gave so far
    private final Limits limits;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private MessageSource nested;
    private long doneBytes;
    private long total = -2;

    public DirectorySource(Path root, Consumer<String> onSkip) throws IOException {
        this(root, onSkip, Limits.DEFAULTS);
    }

    public DirectorySource(Path root, Consumer<String> onSkip, Limits limits) throws IOException {
        this.root = root;
        this.limits = limits;
        this.onSkip = onSkip == null ? s -> { } : onSkip;
        enterDirectory(root);
    }

    @Override
    public RawMessage next() throws IOException {
        while (true) {
            if (nested != null) {
                RawMessage m;
                try {
                    m = nested.next();
                } catch (IOException e) {
                    if (nestedCount > 0) {
                        throw e; // cut short after messages were read: the import says so
                    }
                    // a file named like an mbox that holds none: skipped as any file that is not mail
                    onSkip.accept(dev.mailclip.OneLine.of(e) + ", skipped");
                    m = null;
                }
                if (m != null) {
                    nestedCount++;
                    return m;
                }
                doneBytes += Math.max(0, nested.totalBytes());
                nested.close();
                nested = null;
            }
            Frame frame = stack.peek();
            if (frame == null) {
                return null;
            }
            if (!frame.entries().hasNext()) {
                stack.pop();
                continue;
            }
            Path entry = frame.entries().next();
            RawMessage m = visit(entry, frame);
            if (m != null) {
                return m;
            }
        }
    }

    /** @return a message read whole, or null when the entry was a directory, an mbox or skipped */
    private RawMessage visit(Path entry, Frame frame) throws IOException {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry)) {
            String plus = Maildir.plusPlusFolder(name);
            if (frame.mode() == Mode.MAILDIR_SUBFOLDERS && plus != null && Maildir.isMaildir(entry)) {
                enterMaildir(entry, plus, false);
            } else if (frame.mode() != Mode.MAILDIR_MESSAGES && !name.startsWith(".")) {
                enterDirectory(entry);
            }
            return null;
        }
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        if (frame.mode() == Mode.MAILDIR_MESSAGES) {
            long size = Files.size(entry);
            RawMessage m = SingleMessageSource.read(entry, false, new Origin(entry.toString(), 0,
                    frame.folder(), Maildir.flags(name), null, Origin.Format.MESSAGE), limits);
            doneBytes += size;
            return m;
        }
        if (name.startsWith(".")) {
            return null; // .DS_Store, dovecot files, editor droppings
        }
        InputDetector.Detection d;
        try {
            d = InputDetector.detect(entry);
        } catch (IOException e) {
            onSkip.accept(entry + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
        if (d.kind() == InputDetector.Kind.SINGLE && d.format() != Origin.Format.MESSAGE
                && !CLIP_NAME.matcher(name).matches()) {
            // inside a folder, text is a clip only by its name: data files (.jsonl, .csv, logs) are not
            onSkip.accept(entry + ": skipped, text but not a clip file (.html, .txt, .md)");
            return null;
        }
        MessageSource file = Sources.openFile(entry, d, frame.folder(), limits);
        if (file == null) {
            onSkip.accept(entry + ": skipped, not mail (" + InputDetector.describe(d) + ")");
            return null;
        }
        if (d.kind() == InputDetector.Kind.MBOX) {
            nested = file;
            nestedCount = 0;
            return null;
        }
        RawMessage m = file.next();
        doneBytes += file.totalBytes();
        return m;
    }

    /** Pushes a directory: as a maildir when it is one, else its entries to walk. */
    private void enterDirectory(Path dir) throws IOException {
        if (Maildir.isMaildir(dir)) {
            String rel = root.relativize(dir).toString().replace('\\', '/');
            enterMaildir(dir, rel.isEmpty() ? "INBOX" : rel, true);
        } else {
            stack.push(new Frame(list(dir).iterator(), null, Mode.WALK));
        }
    }

    /** Pushes a maildir: cur/ then new/ then (unless it is itself a Maildir++ folder) its subfolders. */
    private void enterMaildir(Path dir, String folder, boolean withSubfolders) throws IOException {
        // a stack: pushed in reverse order of reading
        if (withSubfolders) {
            List<Path> subdirs = new ArrayList<>();
            for (Path p : list(dir)) {
                String n = p.getFileName().toString();
                if (Files.isDirectory(p) && !n.equals("cur") && !n.equals("new") && !n.equals("tmp")) {
                    subdirs.add(p);
                }
            }
            stack.push(new Frame(subdirs.iterator(), folder, Mode.MAILDIR_SUBFOLDERS));
        }
        for (String sub : new String[]{"new", "cur"}) {
            Path p = dir.resolve(sub);
            if (Files.isDirectory(p)) {
                stack.push(new Frame(list(p).iterator(), folder, Mode.MAILDIR_MESSAGES));
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Override
    public long bytesRead() {
        return doneBytes + (nested == null ? 0 : Math.max(0, nested.bytesRead()));
    }

    /** The sum of the file sizes under the root, walked once on first call. */
    @Override
    public long totalBytes() {
        if (total == -2) {
            try (Stream<Path> s = Files.walk(root)) {
                total = s.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (IOException | UncheckedIOException e) {
                total = -1;
            }
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        if (nested != null) {
            nested.close();
        }
        stack.clear();
    }
}
