package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Standard input as a source, for {@code extract -} and {@code import -} at the end of a pipe
 * (procmail, mutt's pipe-message): an mbox, one message or a loose clip, plain or gzip, decided from
 * its first bytes as for a file. Its messages are named {@link #NAME}.
 */
public final class StandardInput {
    /** The name standard input goes by in origins and messages. */
    public static final String NAME = "stdin";

    private StandardInput() {
    }

    /** Whether a path given on the command line stands for standard input. */
    public static boolean isStdin(java.nio.file.Path path) {
        return path != null && path.toString().equals("-");
    }

    public static MessageSource open(InputStream stdin, Limits limits) throws IOException {
        BufferedInputStream in = new BufferedInputStream(stdin, InputDetector.HEAD + 1);
        in.mark(InputDetector.HEAD + 1);
        byte[] head = in.readNBytes(InputDetector.HEAD);
        in.reset();
        if (head.length == 0) {
            throw new IOException(NAME + ": nothing on standard input");
        }
        InputDetector.Detection d = InputDetector.detect(head, null);
        InputStream data = d.gzip() ? new InflateLimit(new GZIPInputStream(in, 1 << 16), limits.maxDecompressedBytes()) : in;
        return switch (d.kind()) {
            case MBOX -> MboxSource.of(NAME, data, limits);
            case SINGLE -> new OneShot(data, Origin.file(NAME, d.format()), limits);
            default -> throw new IOException(NAME + ": not a mailbox, message or clip (" + InputDetector.describe(d) + ")");
        };
    }

    /** One message read whole from a stream, up to the size limit. */
    private static final class OneShot implements MessageSource {
        private final InputStream in;
        private final Origin origin;
        private final Limits limits;
        private boolean done;

        OneShot(InputStream in, Origin origin, Limits limits) {
            this.in = in;
            this.origin = origin;
            this.limits = limits;
        }

        @Override
        public RawMessage next() throws IOException {
            if (done) {
                return null;
            }
            done = true;
            try {
                return SingleMessageSource.read(in, origin, limits);
            } catch (IOException e) {
                throw new IOException(NAME + ": " + dev.mailclip.OneLine.of(e), e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
