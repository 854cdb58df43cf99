package dev.mailclip.imap;

import dev.mailclip.Limits;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SyncStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The IMAP side of one {@code mailclip import}: opens the folders named by URL, and keeps each folder's mark
 * (UIDVALIDITY, last UID) in step with what the sink has stored.
 * <p>
 * A mark moves only once the messages up to it are written ({@link MarkLedger}):
 * {@link #track(MessageSource)} notes where each message read came from, {@link #track(ImportListener)} what
 * the importer has written, and the sink {@link #attach attached} here saves the marks after every flush — in
 * the archive's own transaction for SQLite, so a mark never runs ahead of the records.
 */
public final class ImapImport {
    private final ImapConnector connector;
    private final Limits limits;
    private final ImapSettings settings;
    private final Consumer<String> notes;
    private final List<ImapFolderSource> opened = new ArrayList<>();
    private volatile SyncStore store;
    private volatile boolean stopped;
    private volatile boolean lost;

    private final MarkLedger ledger = new MarkLedger();

    /**
     * @param overrides JVM system properties: {@code mail.imap.*} / {@code mail.imaps.*} over the defaults
     * @param notes     told, in one line, of reconnects and renumbered folders
     */
    public ImapImport(PasswordSource password, Properties overrides, Limits limits, ImapSettings settings,
                      Consumer<String> notes) {
        this.connector = new ImapConnector(password, overrides);
        this.limits = limits;
        this.settings = settings;
        this.notes = notes == null ? s -> { } : notes;
    }

    /**
     * Connects, logs in and opens the folder {@code input} names (EXAMINE): a wrong password, an unknown host
     * or folder fails here, before anything is written.
     */
    public MessageSource open(String input) throws IOException {
        ImapUrl url;
        try {
            url = ImapUrl.parse(input);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        ImapFolderSource source = new ImapFolderSource(url, connector, limits, settings, this, connector.open(url));
        synchronized (opened) {
            opened.add(source);
        }
        return source;
    }

    /** Whether any IMAP folder was opened. */
    public boolean any() {
        synchronized (opened) {
            return !opened.isEmpty();
        }
    }

    /**
     * Keeps the marks in the sink (SQLite: its {@code imap_sync} table) or beside it ({@link SyncStores}).
     *
     * @return the sink to import into: {@code sink}, saving the marks after each flush
     */
    public Sink attach(Sink sink, String uri) {
        if (!any()) {
            return sink;
        }
        store = SyncStores.forSink(sink, uri, notes);
        return new MarkingSink(sink, this);
    }

    /** {@code source}, noting where each message it hands out came from. */
    public MessageSource track(MessageSource source) {
        if (!any()) {
            return source;
        }
        return new MessageSource() {
            @Override
            public RawMessage next() throws IOException {
                ledger.reading();
                RawMessage m = source.next();
                if (m != null) {
                    ledger.read();
                }
                return m;
            }

            @Override
            public long lastOffset() {
                return source.lastOffset();
            }

            @Override
            public long bytesRead() {
                return source.bytesRead();
            }

            @Override
            public long totalBytes() {
                return source.totalBytes();
            }

            @Override
            public void close() throws IOException {
                source.close();
            }
        };
    }

    /** {@code listener}, also moving the marks as messages are written. */
    public ImportListener track(ImportListener listener) {
        if (!any()) {
            return listener;
        }
        return (counts, bytesRead, totalBytes) -> {
            ledger.written(counts);
            listener.progress(counts, bytesRead, totalBytes);
        };
    }

    /** Whether enough was written since the last save to save the marks again. */
    boolean dueForSave() {
        return ledger.dueForSave();
    }

    /** Saves the marks of what is written; the sink has just made it durable ({@link MarkLedger#save}). */
    void saveMarks(boolean runEnded) throws SinkException {
        ledger.save(store, runEnded);
    }

    /** The folder's mark as stored, or null (none yet, or a sink that keeps none). */
    SyncStore.Mark mark(String folder) throws IOException {
        SyncStore s = store;
        if (s == null) {
            return null;
        }
        try {
            return s.mark(folder);
        } catch (SinkException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A folder source handed out message {@code uid}; the tracking source, on the same thread, takes it. */
    void delivered(String folder, long uidValidity, long uid) {
        ledger.delivered(folder, uidValidity, uid);
    }

    void note(String line) {
        notes.accept(line);
    }

    /** Ends --watch and any folder reading at the next message: Ctrl-C. */
    public void stop() {
        stopped = true;
    }

    boolean stopped() {
        return stopped;
    }

    /**
     * With --watch: the folder opened waits for new mail (IDLE) once read to its end; the same source, tracked
     * as {@code tracked}, then reads what came.
     *
     * @param tracked the source the importer reads ({@link #track(MessageSource)} of the folder)
     * @return null when no single IMAP folder was opened
     */
    public dev.mailclip.mailbox.Watcher watcher(MessageSource tracked) {
        ImapFolderSource folder;
        synchronized (opened) {
            if (opened.size() != 1) {
                return null;
            }
            folder = opened.get(0);
        }
        return new dev.mailclip.mailbox.Watcher() {
            @Override
            public MessageSource awaitMore() throws IOException {
                try {
                    return folder.awaitMore() ? tracked : null;
                } catch (IOException e) {
                    if (e instanceof java.io.InterruptedIOException || Thread.currentThread().isInterrupted() || stopped) {
                        return null; // the watch was ended while waiting
                    }
                    throw e;
                }
            }

            @Override
            public void stop() {
                ImapImport.this.stop();
            }
        };
    }

    /** Whether a folder gave up on a dropped connection (the import's own exit code). */
    public boolean connectionLost() {
        return lost;
    }

    void lostConnection() {
        lost = true;
    }
}
