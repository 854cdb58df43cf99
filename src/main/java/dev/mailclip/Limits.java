package dev.mailclip;

import java.time.Duration;
import java.util.Locale;

/**
 * How much of a hostile input mailclip agrees to read. A message over a limit is quarantined with a
 * one-line reason ({@link #over}) instead of crashing the run or exhausting memory; text over
 * {@code maxTextChars} is cut for recognition (the record keeps the bounded text) rather than refused.
 *
 * @param maxMessageBytes      bytes of one message (or clip file); larger ones are quarantined, only
 *                             their head is kept in memory
 * @param maxParts             MIME parts in one message, attached messages included
 * @param maxDepth             nesting: MIME levels (multiparts and attached messages) and forward layers
 * @param maxHeaderBytes       bytes of one header block
 * @param maxTextChars         characters of the text and of the HTML of a message given to the forward
 *                             unwrapper and the recognisers; the rest is cut
 * @param maxDecompressedBytes bytes a compressed input (.mbox.gz, .eml.gz) may inflate to
 * @param timeout              time to extract one message; longer ones are quarantined and their
 *                             worker abandoned (see {@code Importer})
 */
public record Limits(long maxMessageBytes, int maxParts, int maxDepth, long maxHeaderBytes, int maxTextChars,
                     long maxDecompressedBytes, Duration timeout) implements java.io.Serializable {

    public static final Limits DEFAULTS = new Limits(64L << 20, 1000, 20, 1L << 20, 2 << 20, 16L << 30,
            Duration.ofSeconds(30));

    public Limits {
        if (maxMessageBytes < 1 || maxParts < 1 || maxDepth < 1 || maxHeaderBytes < 1 || maxTextChars < 1
                || maxDecompressedBytes < 1 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /** A builder starting from {@link #DEFAULTS}, as mime4j's {@code MimeConfig.Builder}. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder starting from these limits. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Limits one at a time; {@link #build()} checks them all. */
    public static final class Builder {
        private long maxMessageBytes;
        private int maxParts;
        private int maxDepth;
        private long maxHeaderBytes;
        private int maxTextChars;
        private long maxDecompressedBytes;
        private Duration timeout;

        private Builder(Limits from) {
            maxMessageBytes = from.maxMessageBytes;
            maxParts = from.maxParts;
            maxDepth = from.maxDepth;
            maxHeaderBytes = from.maxHeaderBytes;
            maxTextChars = from.maxTextChars;
            maxDecompressedBytes = from.maxDecompressedBytes;
            timeout = from.timeout;
        }

        public Builder maxMessageBytes(long v) {
            maxMessageBytes = v;
            return this;
        }

        public Builder maxParts(int v) {
            maxParts = v;
            return this;
        }

        public Builder maxDepth(int v) {
            maxDepth = v;
            return this;
        }

        public Builder maxHeaderBytes(long v) {
            maxHeaderBytes = v;
            return this;
        }

        public Builder maxTextChars(int v) {
            maxTextChars = v;
            return this;
        }

        public Builder maxDecompressedBytes(long v) {
            maxDecompressedBytes = v;
            return this;
        }

        public Builder timeout(Duration v) {
            timeout = v;
            return this;
        }

        /** @throws IllegalArgumentException when a limit is not positive */
        public Limits build() {
            return new Limits(maxMessageBytes, maxParts, maxDepth, maxHeaderBytes, maxTextChars, maxDecompressedBytes,
                    timeout);
        }
    }

    /** A message over a limit: never made into a record, quarantined with this reason. */
    public static final class Exceeded extends UnreadableMessageException {
        public Exceeded(String reason) {
            super(reason);
        }
    }

    /** "over the message size limit (64 MB)" */
    public static Exceeded over(String what, String limit) {
        return new Exceeded("over the " + what + " limit (" + limit + ")");
    }

    /** "64 MB", "1.5 GB", "900 bytes": for reasons and messages. */
    public static String describeBytes(long n) {
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        int u = 0;
        double v = n;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        if (u == 0) {
            return n + " bytes";
        }
        return (v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[u];
    }

    /** "30 s", "500 ms" */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
