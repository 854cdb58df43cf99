package dev.mailclip;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
                     long maxDecompressedBytes, Duration timeout) {

    public static final Limits DEFAULTS = new Limits(64L << 20, 1000, 20, 1L << 20, 2 << 20, 16L << 30,
            Duration.ofSeconds(30));

    public Limits {
        if (maxMessageBytes < 1 || maxParts < 1 || maxDepth < 1 || maxHeaderBytes < 1 || maxTextChars < 1
                || maxDecompressedBytes < 1 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    public Limits withMaxMessageBytes(long v) {
        return new Limits(v, maxParts, maxDepth, maxHeaderBytes, maxTextChars, maxDecompressedBytes, timeout);
    }

    public Limits withMaxParts(int v) {
        return new Limits(maxMessageBytes, v, maxDepth, maxHeaderBytes, maxTextChars, maxDecompressedBytes, timeout);
    }

    public Limits withMaxDepth(int v) {
        return new Limits(maxMessageBytes, maxParts, v, maxHeaderBytes, maxTextChars, maxDecompressedBytes, timeout);
    }

    public Limits withMaxHeaderBytes(long v) {
        return new Limits(maxMessageBytes, maxParts, maxDepth, v, maxTextChars, maxDecompressedBytes, timeout);
    }

    public Limits withMaxTextChars(int v) {
        return new Limits(maxMessageBytes, maxParts, maxDepth, maxHeaderBytes, v, maxDecompressedBytes, timeout);
    }

    public Limits withMaxDecompressedBytes(long v) {
        return new Limits(maxMessageBytes, maxParts, maxDepth, maxHeaderBytes, maxTextChars, v, timeout);
    }

    public Limits withTimeout(Duration v) {
        return new Limits(maxMessageBytes, maxParts, maxDepth, maxHeaderBytes, maxTextChars, maxDecompressedBytes, v);
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

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?\\s*");
    private static final Pattern TIME = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?\\s*");

    /** Parses "64MB", "512k", "1.5 GiB", "1000" (bytes); units are powers of 1024. */
    public static long parseBytes(String s) {
        Matcher m = SIZE.matcher(s == null ? "" : s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + s + " (e.g. 64MB, 512KB, 1GB)");
        }
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        double v = Double.parseDouble(m.group(1)) * (1L << shift);
        if (v < 1 || v > Long.MAX_VALUE / 2) {
            throw new IllegalArgumentException("size out of range: " + s);
        }
        return (long) v;
    }

    /** Parses "30s", "500ms", "2m", "1h", "45" (seconds). */
    public static Duration parseDuration(String s) {
        Matcher m = TIME.matcher(s == null ? "" : s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + s + " (e.g. 30s, 500ms, 2m)");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
        double millis = switch (unit) {
            case "ms" -> v;
            case "m", "min" -> v * 60_000;
            case "h" -> v * 3_600_000;
            default -> v * 1000;
        };
        if (millis < 1) {
            throw new IllegalArgumentException("duration must be positive: " + s);
        }
        return Duration.ofMillis((long) millis);
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
