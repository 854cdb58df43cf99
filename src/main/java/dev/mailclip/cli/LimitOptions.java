package dev.mailclip.cli;

import dev.mailclip.Limits;
import dev.mailclip.OneLine;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Limits} a command takes from its options ({@code --max-message-size 64MB}, {@code --timeout 30s},
 * ...), written as a person writes sizes and times; what is not given keeps its default.
 */
final class LimitOptions {
    @Option(names = "--max-message-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "quarantine messages larger than this (default: 64MB)")
    Long maxMessageSize;

    @Option(names = "--max-parts", paramLabel = "N", description = "quarantine messages of more MIME parts (default: 1000)")
    Integer maxParts;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "quarantine messages nested deeper: MIME levels, attached and inline forwards (default: 20)")
    Integer maxDepth;

    @Option(names = "--max-header-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "quarantine messages whose header block is larger (default: 1MB)")
    Long maxHeaderSize;

    @Option(names = "--max-text", paramLabel = "CHARS", converter = SizeConverter.class,
            description = "cut text and HTML bodies to this many characters before recognition (default: 2M)")
    Long maxText;

    @Option(names = "--max-decompressed-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "stop reading a .gz input that inflates past this (default: 16GB)")
    Long maxDecompressedSize;

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "quarantine a message whose extract takes longer (default: 30s)")
    Duration timeout;

    /** The defaults, with what the options change. */
    Limits limits() {
        Limits.Builder b = Limits.builder();
        if (maxMessageSize != null) {
            b.maxMessageBytes(maxMessageSize);
        }
        if (maxParts != null) {
            b.maxParts(maxParts);
        }
        if (maxDepth != null) {
            b.maxDepth(maxDepth);
        }
        if (maxHeaderSize != null) {
            b.maxHeaderBytes(maxHeaderSize);
        }
        if (maxText != null) {
            b.maxTextChars((int) Math.min(maxText, Integer.MAX_VALUE / 4));
        }
        if (maxDecompressedSize != null) {
            b.maxDecompressedBytes(maxDecompressedSize);
        }
        if (timeout != null) {
            b.timeout(timeout);
        }
        return b.build();
    }

    /** "64MB", "512KB", "2M" */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parseBytes(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(OneLine.of(e));
            }
        }
    }

    /** "30s", "500ms", "2m" */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parseDuration(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(OneLine.of(e));
            }
        }
    }

    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)i?b?\\s*");
    private static final Pattern TIME = Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?\\s*");

    /** Parses "64MB", "512k", "1.5 GiB", "1000" (bytes); units are powers of 1024. */
    static long parseBytes(String s) {
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
    static Duration parseDuration(String s) {
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
}
