package dev.mailclip.sink.jsonl;

import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Sightings;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.KnownRecords;
import dev.mailclip.sink.SinkException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JSON Lines: one {@link ArticleJson#line} per record. Re-opening an existing file reads the ids and
 * article keys already in it, so a re-import adds nothing; a last line cut short by a killed run is
 * removed first. Lines are handed to the operating system every {@link #BATCH} records. Quarantined
 * messages go to {@code PATH.quarantine/} ({@link QuarantineDir}); for standard output ("-") and a file that is
 * no regular file (a device such as {@code /dev/null}, a named pipe) to {@code mailclip.quarantine/} in the
 * working directory: such a target is written as a stream, never read back.
 * <p>
 * Sightings: the file is only ever appended to. A new message carrying an article already in it appends the
 * article again, merged ({@link Sightings#merge}), with every message that carried it in {@code sightings};
 * the last line with a given {@code articleKey} is the article as it stands and supersedes the earlier
 * ones (docs/RECORD.md, "Sightings in JSON Lines"). The merged article is appended when its batch is handed
 * over, once however many of the batch's messages carried it: each line holds all the article's sightings, so
 * a line for every sighting made the file grow with the square of an often-seen article's sightings (a
 * site's front page that a feed's items link to: 3,456 sightings in 1 GB of real mail, a 2 GB mailbox's file
 * larger than the mailbox).
 */
final class JsonlSink implements Sink {
    public static final int BATCH = 500;

    private final String name;
    /** bytes, not characters: each line is encoded once, and its length is that of the bytes written */
    private final OutputStream out;
    private final QuarantineDir quarantine;
    private final KnownRecords known = new KnownRecords();
    private final boolean heldWhenOpened;
    private final boolean stdout;
    /** standard output, a device or a pipe: what was written cannot be read back, the last articles are kept */
    private final boolean stream;
    private int pending;
    /** where the last line of each article key starts (a file), or the article itself (a stream) */
    private final java.util.Map<String, Long> lastLine = new java.util.HashMap<>();
    private final java.util.Map<String, Article> lastArticle = new java.util.HashMap<>();
    /** articles merged with a sighting of the open batch, appended when it is handed over, in their first order */
    private final java.util.Map<String, Article> mergedInBatch = new java.util.LinkedHashMap<>();
    private Path file;
    private long length;
    private boolean closed;

    public JsonlSink(String target) throws SinkException {
        this.name = "jsonl:" + target;
        this.stdout = target.equals("-");
        try {
            if (stdout) {
                stream = true;
                out = new BufferedOutputStream(nonClosing(System.out), 1 << 16);
                quarantine = new QuarantineDir(Path.of("mailclip.quarantine"));
            } else {
                file = Path.of(target);
                if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
                    // /dev/null, a pipe: appended to as a stream (reading one back would fail, or block)
                    out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.APPEND), 1 << 16);
                    quarantine = new QuarantineDir(Path.of("mailclip.quarantine"));
                    stream = true;
                    heldWhenOpened = false;
                    return;
                }
                if (Files.exists(file)) {
                    readExisting(file);
                    length = Files.size(file);
                } else if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                stream = false;
                out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND), 1 << 16);
                quarantine = new QuarantineDir(file.resolveSibling(file.getFileName() + ".quarantine"));
            }
        } catch (IOException e) {
            throw new SinkException(name + ": cannot open (" + e.getMessage() + ")", e);
        }
        heldWhenOpened = !known.isEmpty();
    }

    /** Collects ids and keys; cuts off a torn last line (no newline, or not JSON). */
    private void readExisting(Path file) throws IOException, SinkException {
        if (Files.isDirectory(file)) { // reading a directory fails with a bare "Is a directory" naming no file
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        long good;
        try {
            good = StoredLines.read(file, line -> {
                known.add(line.id(), line.articleKey());
                line.sightingIds().forEach(id -> known.add(id, null));
                if (line.articleKey() != null) {
                    lastLine.put(line.articleKey(), line.offset());
                }
            });
        } catch (StoredLines.NotARecord e) {
            throw new SinkException(name + ": " + e.getMessage());
        }
        if (good < Files.size(file)) {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(good); // a line without its newline was cut short by a killed run
            }
        }
    }

    @Override
    public boolean heldMessagesWhenOpened() {
        return heldWhenOpened;
    }

    /** Not under this sink's lock, which the writer holds: the known ids may be asked meanwhile. */
    @Override
    public boolean holdsMessage(String id) {
        return known.holdsMessage(id);
    }

    @Override
    public synchronized Outcome accept(Article a) throws SinkException {
        if (closed) {
            throw new SinkException(name + ": already closed");
        }
        if (known.holdsMessage(a.id())) {
            return Outcome.DUPLICATE;
        }
        Outcome outcome;
        try {
            if (a.articleKey() != null && known.holds(a)) {
                mergedInBatch.put(a.articleKey(), Sightings.merge(stored(a.articleKey()), a));
                outcome = Outcome.SIGHTING;
            } else {
                write(Sightings.stored(a));
                outcome = Outcome.STORED;
            }
            known.add(a);
            if (++pending >= BATCH) {
                handOver();
            }
        } catch (IOException e) {
            throw new SinkException(name + ": cannot write (" + e.getMessage() + ")", e);
        }
        return outcome;
    }

    private void write(Article record) throws IOException {
        if (record.articleKey() != null) {
            if (stream) {
                lastArticle.put(record.articleKey(), record);
            } else {
                lastLine.put(record.articleKey(), length);
            }
        }
        byte[] bytes = ArticleJson.line(record).getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        out.write('\n');
        length += bytes.length + 1;
    }

    /** The batch's merged articles appended, and every line of it handed to the operating system. */
    private void handOver() throws IOException {
        for (Article merged : mergedInBatch.values()) {
            write(merged);
        }
        mergedInBatch.clear();
        out.flush();
        pending = 0;
    }

    /** The article as it stands: merged in the open batch, or as its last line holds it. */
    private Article stored(String key) throws SinkException {
        Article merged = mergedInBatch.get(key);
        if (merged != null) {
            return merged;
        }
        if (stream) {
            return lastArticle.get(key);
        }
        try {
            out.flush();
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(lastLine.get(key));
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                outer:
                while ((n = raf.read(buf)) > 0) {
                    for (int i = 0; i < n; i++) {
                        if (buf[i] == '\n') {
                            line.write(buf, 0, i);
                            break outer;
                        }
                    }
                    line.write(buf, 0, n);
                }
                return ArticleJson.read(line.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            throw new SinkException(name + ": cannot read back " + key + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void quarantine(Quarantined item) throws SinkException {
        quarantine.add(item);
    }

    @Override
    public synchronized void flush() throws SinkException {
        if (closed) {
            return;
        }
        try {
            handOver();
        } catch (IOException e) {
            throw new SinkException(name + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public synchronized void close() throws SinkException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            handOver();
            if (!stdout) {
                out.close();
            }
        } catch (IOException e) {
            throw new SinkException(name + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** Standard output stays open for whatever the command prints after. */
    private static OutputStream nonClosing(OutputStream os) {
        return new java.io.FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
