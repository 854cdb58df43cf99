package dev.mailclip.imap;

import dev.mailclip.Limits;
import dev.mailclip.importer.ImportCounts;
import dev.mailclip.importer.ImportListener;
import dev.mailclip.importer.ImportResult;
import dev.mailclip.importer.Importer;
import dev.mailclip.mailbox.MaildirWatcher;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Watcher;
import dev.mailclip.sink.SinkException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code import --watch}: after the first import, each batch of new mail is imported as a round of its own
 * (so each round ends flushed, with its marks saved) until Ctrl-C or an interrupt of the importing thread;
 * the result is the sum of the rounds, reported as one import. Ctrl-C stops the watch and waits (a shutdown
 * hook) until the command has printed its summary.
 */
public final class Watching {
    /** How long Ctrl-C waits for the last round and the summary. */
    private static final long GRACE_SECONDS = 30;
    private static volatile CountDownLatch active;

    private Watching() {
    }

    /**
     * The watcher for the one input of {@code import --watch}: IDLE for a server's folder, new files in
     * {@code new/} for a Maildir.
     *
     * @param reading the source the importer reads (for IMAP: the tracked folder, read again after IDLE)
     * @throws IOException when the input can be watched by neither
     */
    public static Watcher watcher(String input, MessageSource reading, ImapImport imap, Limits limits) throws IOException {
        Watcher w = imap.watcher(reading);
        if (w != null) {
            return w;
        }
        Path dir;
        try {
            dir = Path.of(input);
        } catch (InvalidPathException e) {
            throw new IOException(input + ": cannot be watched", e);
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(input + ": --watch watches a server's folder or a Maildir, not a file");
        }
        return new MaildirWatcher(dir, limits);
    }

    /**
     * Imports what {@code watcher} hands on, round after round, until it stops.
     *
     * @param rounds told of each round's counts; may be null
     */
    public static ImportResult keepGoing(Watcher watcher, Importer importer, ImportListener listener, ImportResult first,
                                         Consumer<String> rounds) throws SinkException {
        CountDownLatch ended = new CountDownLatch(1);
        active = ended;
        Thread hook = new Thread(() -> {
            watcher.stop();
            try {
                ended.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mailclip-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        ImportResult total = first;
        try {
            if (rounds != null) {
                rounds.accept("watching for new mail (Ctrl-C ends)");
            }
            while (total.inputError() == null) {
                MessageSource more;
                try {
                    more = watcher.awaitMore();
                } catch (IOException e) {
                    // the server went away while waiting: reported as an input that could not be read on
                    total = new ImportResult(total.counts(), total.seconds(), dev.mailclip.OneLine.of(e));
                    break;
                }
                if (more == null) {
                    break;
                }
                ImportResult round = importer.run(more, listener);
                if (rounds != null && round.counts().messages() > 0) {
                    rounds.accept("new: " + round.counts().describe());
                }
                total = plus(total, round);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down (Ctrl-C): the hook is running and waits for ended()
            }
        }
        return total;
    }

    /** The command is done (its summary printed): a Ctrl-C waiting for it lets the JVM end. */
    public static void ended() {
        CountDownLatch l = active;
        if (l != null) {
            l.countDown();
        }
    }

    static ImportResult plus(ImportResult a, ImportResult b) {
        ImportCounts x = a.counts();
        ImportCounts y = b.counts();
        return new ImportResult(new ImportCounts(x.messages() + y.messages(), x.articles() + y.articles(),
                x.mail() + y.mail(), x.duplicates() + y.duplicates(), x.sightings() + y.sightings(),
                x.quarantined() + y.quarantined()), a.seconds() + b.seconds(),
                b.inputError() != null ? b.inputError() : a.inputError());
    }
}
