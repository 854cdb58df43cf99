package dev.mailclip.sink.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.sink.QuarantineDir;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.KnownRecords;
import dev.mailclip.sink.SinkException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JSON Lines: one {@link ArticleJson#line} per record. Re-opening an existing file reads the ids and
 * article keys already in it, so a re-import adds nothing; a last line cut short by a killed run is
 * removed first. Lines are handed to the operating system every {@link #BATCH} records. Quarantined
 * messages go to {@code PATH.quarantine/} ({@link QuarantineDir}); for standard output ("-") to
 * {@code mailclip.quarantine/} in the working directory.
 */
public final class JsonlSink implements Sink {
    public static final int BATCH = 500;

    private final String name;
    private final Writer out;
    private final QuarantineDir quarantine;
    private final KnownRecords known = new KnownRecords();
    private final boolean stdout;
    private int pending;
    private boolean closed;

    public JsonlSink(String target) throws SinkException {
        this.name = "jsonl:" + target;
        this.stdout = target.equals("-");
        try {
            if (stdout) {
                out = new BufferedWriter(new OutputStreamWriter(nonClosing(System.out), StandardCharsets.UTF_8));
                quarantine = new QuarantineDir(Path.of("mailclip.quarantine"));
            } else {
                Path file = Path.of(target);
                if (Files.exists(file)) {
                    readExisting(file);
                } else if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                quarantine = new QuarantineDir(file.resolveSibling(file.getFileName() + ".quarantine"));
            }
        } catch (IOException e) {
            throw new SinkException(name + ": cannot open (" + e.getMessage() + ")", e);
        }
    }

    /** Collects ids and keys; cuts off a torn last line (no newline, or not JSON). */
    private void readExisting(Path file) throws IOException, SinkException {
        long good = 0;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            try (var in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
                long pos = 0;
                int b;
                while ((b = in.read()) >= 0) {
                    pos++;
                    if (b != '\n') {
                        line.write(b);
                        continue;
                    }
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    if (text.isBlank()) {
                        good = pos;
                        continue;
                    }
                    if (!remember(text)) {
                        if (pos == length) {
                            break; // a torn last line: cut below
                        }
                        throw new SinkException(name + ": line ending at byte " + pos + " is not a record");
                    }
                    good = pos;
                }
            }
            if (good < length) {
                raf.setLength(good); // a line without its newline was cut short by a killed run
            }
        }
    }

    private boolean remember(String line) {
        try {
            JsonNode node = ArticleJson.mapper().readTree(line);
            if (node == null || !node.isObject()) {
                return false;
            }
            String id = text(node, "id");
            String key = text(node, "articleKey");
            known.add(id, key);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Override
    public synchronized Outcome accept(Article a) throws SinkException {
        if (closed) {
            throw new SinkException(name + ": already closed");
        }
        if (known.holds(a)) {
            return Outcome.DUPLICATE;
        }
        try {
            out.write(ArticleJson.line(a));
            out.write('\n');
            if (++pending >= BATCH) {
                out.flush();
                pending = 0;
            }
        } catch (IOException e) {
            throw new SinkException(name + ": cannot write (" + e.getMessage() + ")", e);
        }
        known.add(a);
        return Outcome.STORED;
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
            out.flush();
            pending = 0;
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
            out.flush();
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
