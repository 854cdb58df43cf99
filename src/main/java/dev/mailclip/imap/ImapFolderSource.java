package dev.mailclip.imap;

import dev.mailclip.Limits;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.sink.SyncStore;
import jakarta.mail.FetchProfile;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.gimap.GmailFolder;
import org.eclipse.angus.mail.gimap.GmailMessage;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.eclipse.angus.mail.imap.IMAPMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * One IMAP folder as a {@link MessageSource}: the messages whose UID is above the folder's mark, in UID
 * order, fetched {@link ImapSettings#batch} at a time (UID, size, flags and, where the server offers
 * X-GM-EXT-1, Gmail's labels and thread id in one FETCH), each body streamed with BODY.PEEK up to the
 * message size limit (a larger message is read only to its head and quarantined by the importer).
 * <p>
 * The mark (UIDVALIDITY, last UID stored) is read from the archive when the first message is asked for;
 * a UIDVALIDITY other than the mark's means the server renumbered the folder: it is read again from the
 * start and message identity keeps out what is already stored. A dropped connection is reopened and
 * reading goes on after the last UID handed out; after {@link ImapSettings#retries} failures in a row
 * it gives up with an {@link ImapConnectionLostException}.
 */
final class ImapFolderSource implements MessageSource {
    private final ImapUrl url;
    private final ImapConnector connector;
    private final Limits limits;
    private final ImapSettings settings;
    private final ImapImport owner;
    private ImapConnector.Connection conn;
    private long validity = -1;
    private long after = -1;         // the last UID handed out, -1 before the mark is read
    private long[] uids = new long[0]; // UIDs above {@code after} known to the last listing
    private int next;                // index into uids of the next batch
    private final Deque<Message> batch = new ArrayDeque<>();
    private long bytes;
    private boolean closed;

    ImapFolderSource(ImapUrl url, ImapConnector connector, Limits limits, ImapSettings settings, ImapImport owner,
                     ImapConnector.Connection first) {
        this.url = url;
        this.connector = connector;
        this.limits = limits;
        this.settings = settings;
        this.owner = owner;
        this.conn = first;
    }

    /** One reading step that may fail on the connection. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws MessagingException, IOException;
    }

    @Override
    public RawMessage next() throws IOException {
        return retrying(this::step);
    }

    /** Runs {@code step}, reconnecting after a dropped connection, at most {@code retries} times in a row. */
    private <T> T retrying(Step<T> step) throws IOException {
        int failures = 0;
        while (true) {
            try {
                if (conn == null) {
                    conn = connector.open(url);
                    synchronize();
                }
                return step.run();
            } catch (MessagingException | IOException e) {
                if (!dropped(e) || closed) {
                    throw e instanceof IOException io ? io : new IOException(url + ": " + ImapConnector.describe(e), e);
                }
                disconnect();
                if (++failures > settings.retries()) {
                    owner.lostConnection();
                    throw new ImapConnectionLostException(url + ": the connection was lost (" + ImapConnector.describe(e)
                            + ") and did not come back after " + settings.retries() + " reconnects; "
                            + (after > 0 ? "a rerun goes on after UID " + after : "nothing was read"), e);
                }
                owner.note(url + ": the connection was lost (" + ImapConnector.describe(e) + "), reconnecting");
                pause(settings.backoff().toMillis() << Math.min(failures - 1, 6));
            }
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reconnecting");
        }
    }

    /** Whether a failure is the connection's (worth a reconnect) rather than the server's answer. */
    static boolean dropped(Exception e) {
        if (e instanceof ImapLoginException) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof ConnectionException
                    || t instanceof SocketException || t instanceof java.io.EOFException
                    || t instanceof java.net.SocketTimeoutException || t instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    private RawMessage step() throws MessagingException, IOException {
        if (after < 0) {
            synchronize();
        }
        while (true) {
            if (owner.stopped()) {
                return null;
            }
            Message m = batch.poll();
            if (m != null) {
                RawMessage raw = read(m);
                if (raw != null) {
                    return raw;
                }
                continue; // expunged meanwhile: it is no longer there to account for
            }
            if (next >= uids.length) {
                return null;
            }
            fetchBatch();
        }
    }

    /**
     * After a (re)connect: reads the mark the first time, compares UIDVALIDITY, and lists the UIDs above the
     * last one handed out.
     */
    private void synchronize() throws MessagingException, IOException {
        long v = conn.folder().getUIDValidity();
        if (after < 0) {
            SyncStore.Mark mark = owner.mark(url.toString());
            after = mark != null && mark.uidValidity() == v ? mark.lastUid() : 0;
            if (mark != null && mark.uidValidity() != v) {
                owner.note(url + ": UIDVALIDITY changed (" + mark.uidValidity() + " → " + v
                        + "): reading the whole folder again; what is stored stays a duplicate");
            }
        } else if (v != validity) {
            owner.note(url + ": UIDVALIDITY changed (" + validity + " → " + v
                    + ") while reading: reading the whole folder again; what is stored stays a duplicate");
            after = 0;
        }
        validity = v;
        list();
    }

    /** The UIDs above {@code after}, in order (one UID FETCH; "n:*" also answers the last message when n is past it). */
    private void list() throws MessagingException {
        batch.clear();
        Message[] found = conn.folder().getMessagesByUID(after + 1, UIDFolder.MAXUID);
        long[] out = new long[found.length];
        int n = 0;
        for (Message m : found) {
            if (m != null) {
                long uid = conn.folder().getUID(m);
                if (uid > after) {
                    out[n++] = uid;
                }
            }
        }
        uids = Arrays.copyOf(out, n);
        Arrays.sort(uids);
        next = 0;
    }

    private void fetchBatch() throws MessagingException {
        long[] slice = Arrays.copyOfRange(uids, next, Math.min(uids.length, next + settings.batch()));
        next += slice.length;
        Message[] ms = Arrays.stream(conn.folder().getMessagesByUID(slice)).filter(m -> m != null)
                .toArray(Message[]::new);
        FetchProfile fp = new FetchProfile();
        fp.add(UIDFolder.FetchProfileItem.UID);
        fp.add(FetchProfile.Item.SIZE);
        fp.add(FetchProfile.Item.FLAGS);
        if (conn.gmail()) {
            fp.add(GmailFolder.FetchProfileItem.LABELS);
            fp.add(GmailFolder.FetchProfileItem.THRID);
        }
        conn.folder().fetch(ms, fp);
        batch.addAll(Arrays.asList(ms));
    }

    /** The message's bytes (BODY.PEEK[], streamed) with its origin; null when it was expunged meanwhile. */
    private RawMessage read(Message m) throws MessagingException, IOException {
        long uid;
        long size;
        List<String> labels;
        String thread = null;
        try {
            uid = conn.folder().getUID(m);
            size = m.getSize();
            if (conn.gmail() && m instanceof GmailMessage g) {
                labels = GmailLabels.takeout(g.getLabels(), m.getFlags());
                thread = GmailLabels.thread(g.getThrId());
            } else {
                labels = GmailLabels.flags(m.getFlags());
            }
        } catch (MessageRemovedException e) {
            return null;
        }
        Origin origin = new Origin(url.toString(), uid, url.folder(), labels, thread, Origin.Format.MESSAGE);
        RawMessage raw;
        try (InputStream in = ((IMAPMessage) m).getMimeStream()) {
            if (size > limits.maxMessageBytes()) {
                // over the limit: only its head, for quarantine; the rest is never fetched
                raw = new RawMessage(in.readNBytes(Sources.HEAD_BYTES), origin, size);
            } else {
                raw = Sources.read(in, origin, limits);
            }
        } catch (MessageRemovedException e) {
            return null;
        } catch (IOException e) {
            if (e.getCause() instanceof MessageRemovedException) {
                return null;
            }
            throw e;
        }
        bytes += Math.max(0, size);
        after = uid;
        owner.delivered(url.toString(), validity, uid);
        return raw;
    }

    /**
     * With --watch, at the end of the folder: waits for new mail (IDLE, renewed every poll interval; a
     * poll where the server cannot IDLE) and lists it.
     *
     * @return whether there is new mail to read; false when the watch was stopped
     * @throws InterruptedIOException when the waiting thread is interrupted (the watch ends)
     */
    boolean awaitMore() throws IOException {
        while (!owner.stopped()) {
            boolean more = retrying(() -> {
                list();
                return uids.length > 0;
            });
            if (more) {
                return true;
            }
            retrying(() -> {
                idle();
                return null;
            });
        }
        return false;
    }

    /** One IDLE of at most the poll interval; a plain wait where the server has no IDLE. */
    private void idle() throws MessagingException, IOException {
        if (Thread.interrupted()) {
            throw new InterruptedIOException("interrupted");
        }
        if (!conn.store().hasCapability("IDLE")) {
            pauseInterruptibly(settings.poll().toMillis());
            return;
        }
        ImapConnector.Connection c = conn;
        MessagingException[] failed = new MessagingException[1];
        Thread idler = new Thread(() -> {
            try {
                c.folder().idle(true); // returns at the first thing the server says, or when aborted
            } catch (MessagingException e) {
                failed[0] = e;
            }
        }, "mailclip-imap-idle");
        idler.setDaemon(true);
        idler.start();
        try {
            long end = System.nanoTime() + settings.poll().toNanos();
            while (idler.isAlive() && System.nanoTime() < end && !owner.stopped()) {
                idler.join(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (idler.isAlive()) {
                // any command on the folder ends the IDLE (Angus sends DONE first)
                c.folder().doCommand(p -> {
                    p.simpleCommand("NOOP", null);
                    return null;
                });
            }
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    private void pauseInterruptibly(long millis) throws InterruptedIOException {
        long end = System.nanoTime() + millis * 1_000_000L;
        try {
            while (System.nanoTime() < end && !owner.stopped()) {
                Thread.sleep(Math.min(200, Math.max(1, (end - System.nanoTime()) / 1_000_000L)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /** Closes the connection after a failure (the next step reconnects). */
    void disconnect() {
        if (conn != null) {
            conn.close();
            conn = null;
        }
        batch.clear();
    }

    @Override
    public long bytesRead() {
        return bytes;
    }

    @Override
    public void close() {
        closed = true;
        disconnect();
    }
}
