package dev.mailclip.imap;

import dev.mailclip.Limits;
import dev.mailclip.importer.ImportCounts;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.SyncStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The IMAP side of one {@code mailclip import}: opens the folders named by URL, and keeps each folder's mark
 * (UIDVALIDITY, last UID) in step with what the sink has stored.
 * <p>
 * The importer reads ahead of what it has written, so a mark may only move once the messages up to it are
 * written: {@link #track(MessageSource)} notes, in reading order, which folder and UID each message came from
 * (nothing for a file's), {@link #track(ImportListener)} moves the marks as the importer reports messages
 * written (in reading order), and the sink {@link #attach attached} here saves them after every flush — in
 * the archive's own transaction for SQLite, so a mark never runs ahead of the records.
 */
public final class ImapImport {
    /** Messages written between two saves of the marks during a long import. */
    static final int SAVE_EVERY = 200;

    private final ImapConnector connector;
    private final Limits limits;
    private final ImapSettings settings;
    private final Consumer<String> notes;
    private final List<ImapFolderSource> opened = new ArrayList<>();
    private volatile SyncStore store;
    private volatile boolean stopped;
    private volatile boolean lost;

    /** A message handed to the importer: its folder and UID, or none for a file's. */
    private record Read(String folder, SyncStore.Mark mark) {
    }

    private static final Read FROM_A_FILE = new Read(null, null);
    /** set by a folder source as it hands a message out; taken by the tracking source (the reader thread) */
    private Read last;
    private final ConcurrentLinkedQueue<Read> unwritten = new ConcurrentLinkedQueue<>();
    private final Map<String, SyncStore.Mark> toSave = new LinkedHashMap<>();
    private long written;
    private long sinceSave;

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
                last = null;
                RawMessage m = source.next();
                if (m != null) {
                    unwritten.add(last == null ? FROM_A_FILE : last);
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
            written(counts);
            listener.progress(counts, bytesRead, totalBytes);
        };
    }

    /** Called on the importer's writing thread after each message written. */
    private void written(ImportCounts counts) {
        synchronized (toSave) {
            if (counts.messages() < written) {
                written = 0; // a new round of --watch: its counts start again
            }
            while (written < counts.messages()) {
                Read r = unwritten.poll();
                written++;
                sinceSave++;
                if (r != null && r.folder() != null) {
                    toSave.put(r.folder(), r.mark());
                }
            }
        }
    }

    /** Whether enough was written since the last save to save the marks again. */
    boolean dueForSave() {
        synchronized (toSave) {
            return sinceSave >= SAVE_EVERY;
        }
    }

    /**
     * Saves the marks of what is written; the sink has just made it durable. At the end of an import (a
     * flush after the last message) every message read is written, so every mark moves.
     *
     * @param all whether the importer is done (every message read has been written)
     */
    void saveMarks(boolean all) throws SinkException {
        Map<String, SyncStore.Mark> marks;
        synchronized (toSave) {
            if (all) {
                Read r;
                while ((r = unwritten.poll()) != null) {
                    if (r.folder() != null) {
                        toSave.put(r.folder(), r.mark());
                    }
                }
                written = 0;
            }
            marks = new LinkedHashMap<>(toSave);
            toSave.clear();
            sinceSave = 0;
        }
        for (Map.Entry<String, SyncStore.Mark> e : marks.entrySet()) {
            store.mark(e.getKey(), e.getValue());
        }
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
        last = new Read(folder, new SyncStore.Mark(uidValidity, uid));
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
