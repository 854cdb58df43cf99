package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code import --watch} on a Maildir: a mail delivery agent writes a message to {@code tmp/} and renames it
 * into {@code new/}, so a file appearing in any {@code new/} under the root is a whole new message. Watched
 * with java.nio's WatchService; each wake-up hands on the files that appeared, read as {@link DirectorySource}
 * reads them (folder "INBOX" at the root, Maildir++ ".Folder.Sub" as "Folder/Sub").
 */
public final class MaildirWatcher implements Watcher {
    /** How long to gather more arrivals after the first, so a burst of deliveries is one round. */
    private static final long SETTLE_MILLIS = 200;

    private final Path root;
    private final Limits limits;
    private final WatchService watch;
    private volatile boolean stopped;

    public MaildirWatcher(Path root, Limits limits) throws IOException {
        this.root = root;
        this.limits = limits;
        this.watch = FileSystems.getDefault().newWatchService();
        List<Path> news;
        try (Stream<Path> s = Files.walk(root, 3)) {
            news = s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals("new")
                    && Files.isDirectory(p) && Maildir.isMaildir(p.getParent())).toList();
        }
        if (news.isEmpty()) {
            watch.close();
            throw new IOException(root + ": --watch needs a Maildir (a new/ directory to watch)");
        }
        for (Path p : news) {
            p.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        }
    }

    @Override
    public MessageSource awaitMore() throws IOException {
        List<Path> arrived = new ArrayList<>();
        try {
            while (!stopped && arrived.isEmpty()) {
                WatchKey key = watch.poll(200, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                gather(key, arrived);
                long end = System.nanoTime() + SETTLE_MILLIS * 1_000_000L;
                while ((key = watch.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000L), TimeUnit.MILLISECONDS)) != null) {
                    gather(key, arrived);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ClosedWatchServiceException e) {
            return null;
        }
        return stopped ? null : new Arrived(arrived);
    }

    private static void gather(WatchKey key, List<Path> arrived) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && !name.toString().startsWith(".")) {
                Path file = dir.resolve(name);
                if (!arrived.contains(file)) {
                    arrived.add(file);
                }
            }
        }
        key.reset();
    }

    /** The folder name of a maildir's new/ directory, as {@link DirectorySource} names it. */
    private String folder(Path newDir) {
        Path maildir = newDir.getParent();
        String rel = root.relativize(maildir).toString().replace('\\', '/');
        if (rel.isEmpty()) {
            return "INBOX";
        }
        String plus = Maildir.plusPlusFolder(maildir.getFileName().toString());
        return plus != null && maildir.getParent().equals(root) ? plus : rel;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    /** The files that arrived, read one by one; one moved on to cur/ already is looked for there. */
    private final class Arrived implements MessageSource {
        private final Iterator<Path> files;

        Arrived(List<Path> files) {
            this.files = files.iterator();
        }

        @Override
        public RawMessage next() throws IOException {
            while (files.hasNext()) {
                Path file = files.next();
                if (!Files.isRegularFile(file)) {
                    continue; // taken by a mail reader between the event and now: read with the Maildir next time
                }
                String name = file.getFileName().toString();
                return SingleMessageSource.read(file, false, new Origin(file.toString(), 0, folder(file.getParent()),
                        Maildir.flags(name), null, Origin.Format.MESSAGE), limits);
            }
            return null;
        }

        @Override
        public void close() {
        }
    }
}
