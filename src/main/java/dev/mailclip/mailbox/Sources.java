package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Opens the right {@link MessageSource} for a path, deciding from its bytes ({@link InputDetector}):
 * an mbox (plain or .gz), a single message or loose clip, or a directory (Maildir, Maildir++,
 * a folder of any of these).
 */
public final class Sources {
    private Sources() {
    }

    /**
     * @throws IOException with a one-line message naming the file when it does not exist, cannot be
     *                     read, or is not mail (nor a clip)
     */
    public static MessageSource open(Path path) throws IOException {
        return open(path, null);
    }

    /**
     * @param onSkip told, in one line, of each file inside a directory that is skipped (not mail,
     *               unreadable); may be null
     */
    public static MessageSource open(Path path, Consumer<String> onSkip) throws IOException {
        return open(path, onSkip, Limits.DEFAULTS);
    }

    /** As {@link #open(Path, Consumer)}, reading under {@code limits} (message size, decompressed size). */
    public static MessageSource open(Path path, Consumer<String> onSkip, Limits limits) throws IOException {
        if (StandardInput.isStdin(path)) {
            return StandardInput.open(System.in, limits);
        }
        InputDetector.Detection d;
        try {
            if (!Files.exists(path)) {
                throw new IOException(path + ": no such file or directory");
            }
            if (!Files.isReadable(path)) {
                throw new IOException(path + ": permission denied");
            }
            d = InputDetector.detect(path);
            if (d.kind() == InputDetector.Kind.DIRECTORY) {
                return new DirectorySource(path, onSkip, limits);
            }
            MessageSource file = openFile(path, d, null, limits);
            if (file == null) {
                throw new IOException(path + ": not a mailbox, message or clip (" + InputDetector.describe(d) + ")");
            }
            return file;
        } catch (NoSuchFileException e) {
            throw new IOException(path + ": no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new IOException(path + ": permission denied", e);
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (msg.startsWith(path.toString())) {
                throw e;
            }
            throw new IOException(path + ": " + msg.replaceAll("\\s+", " "), e);
        }
    }

    /**
     * The source of a detected file: an mbox, or one message or clip (in {@code folder}, null at the top); null
     * when the file is neither. The one place a detection becomes a source, for files named on the command line
     * and for files found in a folder alike.
     */
    static MessageSource openFile(Path path, InputDetector.Detection d, String folder, Limits limits) throws IOException {
        return switch (d.kind()) {
            case MBOX -> MboxSource.open(path, d.gzip(), limits);
            case SINGLE -> new SingleMessageSource(path, d.gzip(),
                    new Origin(path.toString(), 0, folder, List.of(), null, d.format()), limits);
            case DIRECTORY, UNKNOWN -> null;
        };
    }

    /** Bytes kept of a message over the size limit: its head, for quarantine. */
    public static final int HEAD_BYTES = BoundedBuffer.HEAD;

    /**
     * A message from a stream (a server's): its bytes up to the size limit, and its full size, counted
     * without keeping more than the limit.
     */
    public static RawMessage read(java.io.InputStream in, Origin origin, Limits limits) throws IOException {
        return SingleMessageSource.read(in, origin, limits);
    }

    /** Opens an input that is not a file: a mail server's folder named by URL. */
    @FunctionalInterface
    public interface Remote {
        /** @return null when {@code input} is not a URL this opener knows (it is then a path) */
        MessageSource open(String input) throws IOException;
    }

    /**
     * Opens every input, in order, as one source: a URL {@code remote} knows (e.g. {@code imaps://…}), else a
     * path; fails on the first that cannot be opened.
     */
    public static MessageSource openInputs(List<String> inputs, Consumer<String> onSkip, Limits limits, Remote remote)
            throws IOException {
        List<MessageSource> opened = new ArrayList<>();
        try {
            for (String input : inputs) {
                MessageSource s = remote == null ? null : remote.open(input);
                opened.add(s != null ? s : open(path(input), onSkip, limits));
            }
        } catch (IOException | RuntimeException e) {
            closeAll(opened);
            throw e;
        }
        return opened.size() == 1 ? opened.get(0) : new ConcatSource(opened);
    }

    private static Path path(String input) throws IOException {
        try {
            return Path.of(input);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IOException(input + ": not a valid path", e);
        }
    }

    private static void closeAll(List<MessageSource> opened) {
        for (MessageSource s : opened) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already failing with the more useful error
            }
        }
    }

    /** Opens every path, in order, as one source; fails on the first that cannot be opened. */
    public static MessageSource openAll(List<Path> paths, Consumer<String> onSkip) throws IOException {
        return openAll(paths, onSkip, Limits.DEFAULTS);
    }

    /** As {@link #openAll(List, Consumer)}, reading under {@code limits}. */
    public static MessageSource openAll(List<Path> paths, Consumer<String> onSkip, Limits limits) throws IOException {
        return openInputs(paths.stream().map(Path::toString).toList(), onSkip, limits, null);
    }
}
