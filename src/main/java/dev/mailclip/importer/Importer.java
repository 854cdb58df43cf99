package dev.mailclip.importer;

import dev.mailclip.OneLine;
import dev.mailclip.Limits;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Article;
import dev.mailclip.article.Identity;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.Kind;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.sink.Quarantined;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports a stream of messages into a sink through a bounded pipeline:
 * <pre>
 *   reader thread ──► work queue ──► N extract workers ──► result queue ──► this thread: sink, in order
 * </pre>
 * At most {@code inFlight} messages, and an eighth of the heap in their bytes, are between the reader and the
 * sink at any time ({@link InFlight}), so memory stays flat whatever the input's size and its messages' sizes.
 * Results are written in input order, so which of two records with the same article key is kept does not depend
 * on thread timing, and a rerun after a kill ends with the same archive as one clean run.
 * <p>
 * Every message ends as a record, a duplicate or quarantined: an {@link UnreadableMessageException}
 * or any RuntimeException from extract quarantines that message with a one-line reason and the run
 * goes on. A {@link SinkException} stops the run and is thrown; an input that cannot be read to its
 * end stops reading, the messages read are still written, and the result names the input.
 * <p>
 * The watchdog: each worker marks the message it extracts; a watchdog thread looks a few times per
 * {@link Limits#timeout()}. A message that takes longer is quarantined ("over the time limit (30 s)"),
 * its worker is interrupted and abandoned, and a new worker takes its place (no thread handoff per
 * message: that was 8 % of an import of real mail).
 * Java cannot kill a thread: one stuck in a loop that ignores interrupts keeps running (a daemon, so
 * it never holds the JVM open) and keeps its CPU until the process ends; the import is never blocked.
 */
public final class Importer {
    /**
     * Messages in flight per worker. Results are written in input order, by one thread: while the sink commits a
     * batch (SQLite: 2,000 records at once), or one slow message holds the head of the line, the workers go on only
     * as far as the window lets the reader read ahead. With 8 a worker (16 messages for two), the import of 1 GB of
     * real mail into SQLite kept the two cores 1.65 busy, not 1.8, and its warm passes took a fifth longer
     * (BENCHMARKS.md, step 63). The bytes in flight stay bounded whatever the count ({@link InFlight}).
     */
    static final int IN_FLIGHT_PER_WORKER = 128;

    private final Extractor extractor;
    private final Sink sink;
    /** whether the sink held messages when opened; if not, {@link #held} asks it nothing */
    private final boolean sinkHeldMessages;
    private final int workers;
    private final int inFlight;
    private final long inFlightBytes;
    private final Duration timeout;

    /** A message on its way: its place in the input, the message, and the room it takes ({@link InFlight#weigh}). */
    private record Task(long seq, RawMessage raw, int weighed) {
    }

    /**
     * What a worker made of a message; {@code end} marks the reader's last message number, {@code held} a message
     * the sink already holds, passed over by the reader without an extract; {@code weighed} the message's room.
     */
    private record Result(long seq, Article article, Quarantined quarantined, boolean end, boolean held,
                          int weighed) {
        static Result of(Task t, Article article, Quarantined quarantined) {
            return new Result(t.seq(), article, quarantined, false, false, t.weighed());
        }

        static Result held(long seq, int weighed) {
            return new Result(seq, null, null, false, true, weighed);
        }

        static Result end(long lastSeq) {
            return new Result(lastSeq, null, null, true, false, 0);
        }
    }

    private static final Task NO_MORE_WORK = new Task(-1, null, 0);

    public Importer(Extractor extractor, Sink sink, int workers) {
        this(extractor, sink, workers, Limits.DEFAULTS);
    }

    /** @param limits its {@link Limits#timeout()} bounds the extract of one message */
    public Importer(Extractor extractor, Sink sink, int workers, Limits limits) {
        this(extractor, sink, workers, limits, InFlight.budgetFor(Runtime.getRuntime().maxMemory()));
    }

    /** @param inFlightBytes the most bytes of raw messages between the reader and the sink */
    Importer(Extractor extractor, Sink sink, int workers, Limits limits, long inFlightBytes) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.extractor = extractor;
        this.sink = sink;
        this.sinkHeldMessages = sink.heldMessagesWhenOpened();
        this.workers = workers;
        this.inFlight = workers * IN_FLIGHT_PER_WORKER;
        this.inFlightBytes = inFlightBytes;
        this.timeout = limits.timeout();
    }

    public ImportResult run(MessageSource source, ImportListener listener) throws SinkException {
        long started = System.nanoTime();
        InFlight window = new InFlight(inFlight, inFlightBytes);
        BlockingQueue<Task> work = new ArrayBlockingQueue<>(inFlight + workers);
        // unbounded type, bounded in practice: never more than inFlight results + one end marker
        BlockingQueue<Result> results = new LinkedBlockingQueue<>();
        String[] inputError = new String[1];

        Thread reader = new Thread(() -> read(source, window, work, results, inputError), "mailclip-reader");
        reader.setDaemon(true);
        Crew crew = new Crew(work, results);
        Thread watchdog = new Thread(crew::watch, "mailclip-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        reader.start();

        long articles = 0, mail = 0, duplicates = 0, sightings = 0, quarantined = 0, written = 0;
        long next = 1;
        long last = Long.MAX_VALUE;
        Map<Long, Result> waiting = new HashMap<>();
        try {
            while (next <= last) {
                Result r = results.take();
                if (r.end()) {
                    last = r.seq();
                    continue;
                }
                waiting.put(r.seq(), r);
                Result ready;
                while ((ready = waiting.remove(next)) != null) {
                    if (ready.held()) {
                        duplicates++;
                    } else if (ready.article() != null) {
                        Sink.Outcome outcome = sink.accept(ready.article());
                        if (outcome == Sink.Outcome.DUPLICATE) {
                            duplicates++;
                        } else if (outcome == Sink.Outcome.SIGHTING) {
                            sightings++;
                        } else if (ready.article().kind() == Kind.ARTICLE) {
                            articles++;
                        } else {
                            mail++;
                        }
                    } else {
                        sink.quarantine(ready.quarantined());
                        quarantined++;
                    }
                    written++;
                    next++;
                    long[] late = lateFailures();
                    articles -= late[0];
                    mail -= late[1];
                    quarantined += late[0] + late[1];
                    window.leave(ready.weighed());
                    listener.progress(new ImportCounts(written, articles, mail, duplicates, sightings, quarantined),
                            source.bytesRead(), source.totalBytes());
                }
            }
            sink.flush();
            long[] late = lateFailures();
            articles -= late[0];
            mail -= late[1];
            quarantined += late[0] + late[1];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SinkException("import interrupted");
        } finally {
            reader.interrupt();
            watchdog.interrupt();
            crew.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        synchronized (inputError) {
            return new ImportResult(new ImportCounts(written, articles, mail, duplicates, sightings, quarantined), seconds,
                    inputError[0]);
        }
    }

    /**
     * Records the sink took as STORED but could not write in the end (a batched sink whose batch kept
     * failing; see {@link Sink#drainFailures()}): the sink kept them, they move from stored to quarantined.
     *
     * @return how many of them were articles and how many mail
     */
    private long[] lateFailures() {
        long[] late = new long[2];
        for (Article a : sink.drainFailures()) {
            late[a.kind() == Kind.ARTICLE ? 0 : 1]++;
        }
        return late;
    }

    /**
     * The reader thread: splits the input into messages and hands them on. Whatever stops it (an input that cannot
     * be read further, a message the heap cannot hold) ends the input with a one-line reason, and the messages read
     * before it are still written: the writer never waits for a reader that is gone.
     */
    private void read(MessageSource source, InFlight window, BlockingQueue<Task> work,
                      BlockingQueue<Result> results, String[] inputError) {
        long seq = 0;
        String stoppedBy = null;
        String lastPath = null; // the input of the message read before, to say where reading stopped
        try {
            while (true) {
                window.enter();
                RawMessage raw;
                try {
                    raw = source.next();
                } catch (IOException | RuntimeException e) {
                    stoppedBy = OneLine.of(e);
                    break;
                } catch (OutOfMemoryError e) {
                    stoppedBy = (lastPath == null ? "the first message of the input"
                            : lastPath + ": the message after the one at byte " + source.lastOffset())
                            + " is more than the memory left can hold (give the JVM more, JAVA_OPTS=-Xmx2g, or lower"
                            + " --max-message-size)";
                    break;
                } catch (Error e) {
                    stoppedBy = "reading stopped: " + OneLine.of(e);
                    break;
                }
                if (raw == null) {
                    break;
                }
                lastPath = raw.origin().path();
                int weighed = window.weigh(raw.bytes().length);
                if (held(raw)) {
                    // already in the archive (a re-import): its record would be a duplicate, so it is not made
                    results.put(Result.held(++seq, weighed));
                    continue;
                }
                work.put(new Task(++seq, raw, weighed));
            }
            if (stoppedBy != null) {
                synchronized (inputError) {
                    inputError[0] = stoppedBy;
                }
            }
            for (int i = 0; i < workers; i++) {
                work.put(NO_MORE_WORK);
            }
            results.put(Result.end(seq));
        } catch (InterruptedException e) {
            // the writer stopped (sink failure): nothing more to do
        }
    }

    /** Whether the sink holds the record this message would make, as far as the header block tells. */
    private boolean held(RawMessage raw) {
        if (!sinkHeldMessages) {
            return false; // a new archive: no message's id is read to ask
        }
        try {
            String id = extractor.recordId(raw);
            return id != null && sink.holdsMessage(id);
        } catch (RuntimeException e) {
            return false; // the extract will tell
        }
    }

    /**
     * The extract workers and their watchdog. Each worker extracts its messages on its own thread and marks
     * the one in hand with when it started (a {@link Shift}); the watchdog looks a few times per time limit
     * and takes the shift of a message over it: it hands on the message's quarantine, interrupts the worker
     * and starts another in its place. The overrunning worker, should it ever finish, finds its shift taken
     * and ends without a result; a result is handed on once, by whichever takes the shift first.
     */
    private final class Crew {
        private final BlockingQueue<Task> work;
        private final BlockingQueue<Result> results;
        private final Worker[] slots = new Worker[workers];
        private final AtomicInteger started = new AtomicInteger();
        private boolean stopped;

        Crew(BlockingQueue<Task> work, BlockingQueue<Result> results) {
            this.work = work;
            this.results = results;
            for (int i = 0; i < workers; i++) {
                slots[i] = hire();
            }
        }

        private Worker hire() {
            Worker w = new Worker();
            // a daemon: an abandoned, stuck extract must not keep the JVM alive
            w.thread = new Thread(w, "mailclip-extract-" + started.incrementAndGet());
            w.thread.setDaemon(true);
            w.thread.start();
            return w;
        }

        void watch() {
            long limit = timeout.toNanos();
            long tick = Math.max(1, Math.min(100, timeout.toMillis() / 10));
            try {
                while (true) {
                    Thread.sleep(tick);
                    for (int i = 0; i < slots.length; i++) {
                        Shift overrun = takeOverrun(i, limit);
                        if (overrun != null) {
                            results.put(quarantined(overrun.task(),
                                    "over the time limit (" + Limits.describe(timeout) + ")"));
                        }
                    }
                }
            } catch (InterruptedException e) {
                // the import ended
            }
        }

        /** The shift of slot i when it is over the limit, its worker interrupted and replaced; else null. */
        private synchronized Shift takeOverrun(int i, long limit) {
            Worker w = slots[i];
            Shift s = w.shift.get();
            if (stopped || s == null || System.nanoTime() - s.started() <= limit
                    || !w.shift.compareAndSet(s, null)) {
                return null;
            }
            w.thread.interrupt();
            slots[i] = hire();
            return s;
        }

        synchronized void stop() {
            stopped = true;
            for (Worker w : slots) {
                w.thread.interrupt();
            }
        }

        private final class Worker implements Runnable {
            final AtomicReference<Shift> shift = new AtomicReference<>();
            volatile Thread thread;

            @Override
            public void run() {
                try {
                    while (true) {
                        Task t = work.take();
                        if (t == NO_MORE_WORK) {
                            return;
                        }
                        Shift s = new Shift(t, System.nanoTime());
                        shift.set(s);
                        Result r = process(t);
                        if (!shift.compareAndSet(s, null)) {
                            return; // over the time limit: quarantined by the watchdog, another worker took over
                        }
                        results.put(r);
                    }
                } catch (InterruptedException e) {
                    // the writer stopped (sink failure): nothing more to do
                }
            }
        }
    }

    /** The message a worker has in hand, and since when. */
    private record Shift(Task task, long started) {
    }

    private static Result quarantined(Task t, String reason) {
        RawMessage raw = t.raw();
        return Result.of(t, null, new Quarantined(identity(raw), raw.bytes(), raw.origin(), reason));
    }

    private Result process(Task t) {
        RawMessage raw = t.raw();
        String reason;
        try {
            Article a = extractor.extract(raw);
            if (a != null) {
                if (a.id() == null) {
                    a = a.toBuilder().id(identity(raw)).build();
                }
                if (sink.keepsAttachmentBytes()) {
                    a.attachments().forEach(Attachment::bytes); // decoded here, in parallel, not by the writer
                }
                return Result.of(t, a, null);
            }
            reason = "extract returned no record";
        } catch (UnreadableMessageException e) {
            reason = OneLine.of(e);
        } catch (OutOfMemoryError e) {
            reason = "too large to extract (out of memory)";
        } catch (RuntimeException | Error e) {
            // a stack overflow or a LinkageError as much as a bug: the message is quarantined, the import goes on
            reason = "extract failed: " + e.getClass().getSimpleName() + ": " + OneLine.of(e);
        }
        return quarantined(t, reason);
    }


    /**
     * The identity of a message that did not become a record, or of a record that has none, in the form
     * of {@link Article#id()}: {@code msgid:<Message-ID>} when its header block has one, else the hash of its bytes.
     */
    static String identity(RawMessage raw) {
        return Identity.ofMessage(raw.messageId(), raw.bytes());
    }
}
