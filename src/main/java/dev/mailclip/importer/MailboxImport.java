package dev.mailclip.importer;

import dev.mailclip.Limits;
import dev.mailclip.Mailclip;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The library's way to import mailboxes, and the one {@code mailclip import} takes: inputs (mbox files,
 * Maildirs, folders, messages, clips, or URLs a {@link Sources.Remote} opens), a sink URI and the limits,
 * built once:
 * <pre>{@code
 * ImportResult result = MailboxImport.builder()
 *         .inputs(List.of("Takeout/All mail.mbox", "Maildir"))
 *         .sink("sqlite:mailclip.db")
 *         .limits(Limits.builder().maxMessageBytes(32L << 20).build())
 *         .build()
 *         .run(ImportListener.NONE);
 * }</pre>
 * {@link #open()} gives the opened import for a caller that wants its size before it runs (a progress bar)
 * or keeps importing into it (a watched folder).
 */
public final class MailboxImport {
    private final List<String> inputs;
    private final String sink;
    private final Limits limits;
    private final int threads;
    private final Consumer<String> onSkip;
    private final Sources.Remote remote;
    private final UnaryOperator<MessageSource> sourceView;
    private final UnaryOperator<Sink> sinkView;

    private MailboxImport(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.sink = b.sink;
        this.limits = b.limits;
        this.threads = b.threads;
        this.onSkip = b.onSkip;
        this.remote = b.remote;
        this.sourceView = b.sourceView;
        this.sinkView = b.sinkView;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the inputs, then the sink.
     *
     * @throws IOException   an input cannot be opened (named in the message)
     * @throws SinkException the sink cannot be opened
     */
    public Opened open() throws IOException, SinkException {
        MessageSource source = Sources.openInputs(inputs, onSkip, limits, remote);
        Sink out;
        try {
            out = sinkView.apply(Sinks.open(sink));
        } catch (SinkException | RuntimeException e) {
            try {
                source.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new Opened(source, sourceView.apply(source), out,
                new Importer(Extractor.of(new Mailclip(limits)), out, threads, limits));
    }

    /** Opens, imports every message of every input, closes: the whole import in one call. */
    public ImportResult run(ImportListener listener) throws IOException, SinkException {
        try (Opened opened = open()) {
            return opened.importAll(listener);
        }
    }

    /** An import whose inputs and sink are open; closing it closes the sink, then the inputs. */
    public static final class Opened implements AutoCloseable {
        private final MessageSource source;
        private final MessageSource reading;
        private final Sink sink;
        private final Importer importer;

        private Opened(MessageSource source, MessageSource reading, Sink sink, Importer importer) {
            this.source = source;
            this.reading = reading;
            this.sink = sink;
            this.importer = importer;
        }

        /** The inputs' size in bytes when known ahead (files), else -1. */
        public long totalBytes() {
            return source.totalBytes();
        }

        /** The inputs as the importer reads them. */
        public MessageSource source() {
            return reading;
        }

        public Importer importer() {
            return importer;
        }

        /** Every message of the inputs into the sink; the counts add up (see {@link ImportCounts}). */
        public ImportResult importAll(ImportListener listener) throws SinkException {
            return importer.run(reading, listener);
        }

        @Override
        public void close() throws IOException, SinkException {
            try {
                sink.close();
            } finally {
                source.close();
            }
        }
    }

    /** What to import, where to, and under which limits; only the inputs are required. */
    public static final class Builder {
        private List<String> inputs = List.of();
        private String sink = Sinks.DEFAULT_URI;
        private Limits limits = Limits.DEFAULTS;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Consumer<String> onSkip = line -> { };
        private Sources.Remote remote;
        private UnaryOperator<MessageSource> sourceView = UnaryOperator.identity();
        private UnaryOperator<Sink> sinkView = UnaryOperator.identity();

        private Builder() {
        }

        /** Paths (files, folders, "-" for standard input) or URLs the {@link #remote} opener knows. */
        public Builder inputs(List<String> inputs) {
            this.inputs = List.copyOf(inputs);
            return this;
        }

        /** A sink URI ({@code sqlite:FILE}, {@code jsonl:FILE}, {@code markdown:DIR}, ...); default the SQLite archive. */
        public Builder sink(String uri) {
            this.sink = Objects.requireNonNull(uri);
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /** Extract workers; default the number of cores. */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /** Told of every file a folder holds that is not mail (one line each). */
        public Builder onSkip(Consumer<String> onSkip) {
            this.onSkip = Objects.requireNonNull(onSkip);
            return this;
        }

        /** Opens the inputs that are not paths (a mail server's folder by URL). */
        public Builder remote(Sources.Remote remote) {
            this.remote = remote;
            return this;
        }

        /** Wraps the inputs as read (e.g. to note which server UIDs were read). */
        public Builder sourceView(UnaryOperator<MessageSource> view) {
            this.sourceView = Objects.requireNonNull(view);
            return this;
        }

        /** Wraps the opened sink (e.g. to keep a server's marks, or to tally a report). */
        public Builder sinkView(UnaryOperator<Sink> view) {
            this.sinkView = Objects.requireNonNull(view);
            return this;
        }

        /** @throws IllegalArgumentException when there is no input or fewer than one thread */
        public MailboxImport build() {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("nothing to import: no input");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            return new MailboxImport(this);
        }
    }
}
