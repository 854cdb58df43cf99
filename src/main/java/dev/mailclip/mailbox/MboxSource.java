package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Splits an mbox into messages on bytes, streaming: one message in memory at a time.
 * <ul>
 * <li>mboxo / mboxrd: a message starts at a "From " line that follows a blank line (or that looks
 *     like an envelope line); the blank line before it belongs to neither message. Body lines
 *     matching {@code >+From } lose one {@code >} (mboxrd unescaping; for mboxo this undoes the
 *     writer's escaping of "From " lines, which is all a reader can do).</li>
 * <li>mboxcl2: when a message has a Content-Length header and exactly that many bytes later comes
 *     the end of the file or the next envelope line, the body is taken as is, unescaped
 *     "From " lines included.</li>
 * <li>CRLF files: lines keep their own terminators; messages are returned exactly as stored.</li>
 * <li>Gmail Takeout: X-Gmail-Labels and X-GM-THRID become {@link Origin#labels()} and
 *     {@link Origin#threadId()}.</li>
 * </ul>
 */
public final class MboxSource implements MessageSource {
    private final String path;
    private final Limits limits;
    private final ByteLines lines;
    private final BoundedBuffer msg;   // one for all messages: its array grows once
    private final CountingInputStream counter;
    private final long total;
    private byte[] envelope;      // the "From " line that opens the next message, null when none
    private boolean started;
    private boolean ended;
    private long index;
    private long envelopeOffset;  // where the envelope line of the next message starts
    private long offset = -1;     // where the envelope line of the message last returned starts

    /** Opens a plain or gzip-compressed mbox file, with the default limits. */
    public static MboxSource open(Path file, boolean gzip) throws IOException {
        return open(file, gzip, Limits.DEFAULTS);
    }

    /**
     * Opens a plain or gzip-compressed mbox file. A message over {@link Limits#maxMessageBytes()} is
     * returned {@link RawMessage#truncated() truncated} to its head; a .gz that inflates past
     * {@link Limits#maxDecompressedBytes()} ends with an IOException saying so.
     */
    public static MboxSource open(Path file, boolean gzip, Limits limits) throws IOException {
        CountingInputStream counter = new CountingInputStream(Files.newInputStream(file));
        try {
            InputStream in = gzip ? new InflateLimit(new GZIPInputStream(counter, 1 << 16),
                    limits.maxDecompressedBytes()) : counter;
            return new MboxSource(file.toString(), in, counter, Files.size(file), limits);
        } catch (IOException e) {
            counter.close();
            throw e;
        }
    }

    /** Splits an mbox read from a stream (uncompressed); {@code name} stands for its path in origins. */
    public static MboxSource of(String name, InputStream in, Limits limits) {
        CountingInputStream counter = new CountingInputStream(in);
        return new MboxSource(name, counter, counter, -1, limits);
    }

    MboxSource(String path, InputStream in, CountingInputStream counter, long total) {
        this(path, in, counter, total, Limits.DEFAULTS);
    }

    MboxSource(String path, InputStream in, CountingInputStream counter, long total, Limits limits) {
        this.path = path;
        this.limits = limits;
        this.lines = new ByteLines(in);
        this.msg = new BoundedBuffer(limits.maxMessageBytes());
        this.counter = counter;
        this.total = total;
    }

    /** @throws IOException naming the file and the cause (a truncated .gz, a read error) */
    @Override
    public RawMessage next() throws IOException {
        try {
            return readNext();
        } catch (IOException e) {
            ended = true;
            String m = dev.mailclip.OneLine.of(e);
            throw m.startsWith(path) ? e : new IOException(path + ": " + m, e);
        }
    }

    private RawMessage readNext() throws IOException {
        if (!started) {
            started = true;
            envelope = skipToFirstEnvelope();
            if (envelope == null) {
                ended = true;
            }
        }
        if (ended) {
            return null;
        }
        envelope = null;
        index++;
        offset = envelopeOffset;
        msg.reset();
        // header block, up to and including the blank line
        byte[] line;
        boolean blankSeen = false;
        while ((line = lines.readLine()) != null) {
            msg.write(line);
            if (ByteLines.isBlank(line)) {
                blankSeen = true;
                break;
            }
        }
        GmailHeaders headers = GmailHeaders.parse(msg.bytes());
        if (line == null) {
            ended = true;
            return message(headers);
        }
        if (blankSeen && headers.contentLength() >= 0 && readFramedBody(headers.contentLength())) {
            return message(headers);
        }
        readLineBody();
        return message(headers);
    }

    /**
     * The first envelope line; anything before it (a stray preamble) is not a message. The file's first
     * line opens a message when it starts with "From " (a UTF-8 byte order mark before it is dropped);
     * a later line only when it has the envelope's grammar and header lines follow.
     *
     * @throws IOException naming the file when it holds text or bytes but no envelope line at all
     */
    private byte[] skipToFirstEnvelope() throws IOException {
        byte[] line;
        boolean first = true;
        boolean content = false;
        while (true) {
            long at = lines.position();
            line = lines.readLine();
            if (line == null) {
                break;
            }
            if (first && line.length >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
                    && (line[2] & 0xff) == 0xbf) {
                line = java.util.Arrays.copyOfRange(line, 3, line.length);
            }
            boolean continued = lines.continued();
            if (!continued && (first && ByteLines.startsWith(line, 0, "From ") || isEnvelope(line))) {
                envelopeOffset = at;
                return line;
            }
            first = false;
            content |= !isWhitespace(line);
        }
        if (content) {
            throw new IOException(path + ": not an mbox: no envelope line (\"From ...\") in it");
        }
        return null;
    }

    private static boolean isWhitespace(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line just read opens a message: it has the envelope's grammar and the next line is
     * a header field. The next line is looked at and left unread.
     */
    private boolean isEnvelope(byte[] line) throws IOException {
        if (lines.continued() || line.length == 0 || line[line.length - 1] != '\n' || !EnvelopeLine.matches(line)) {
            return false;
        }
        lines.mark(ByteLines.MAX_LINE + 16);
        byte[] next = lines.readLine();
        lines.reset();
        return EnvelopeLine.isHeaderLine(next);
    }

    /** Reads lines up to the next envelope; unescapes mboxrd quoting. */
    private void readLineBody() throws IOException {
        boolean prevBlank = true; // the header block just ended with a blank line
        long beforeBlank = -1;    // message length before the last blank line, -1 when that was the header end
        byte[] line;
        while (true) {
            long at = lines.position();
            line = lines.readLine();
            if (line == null) {
                break;
            }
            if (ByteLines.startsWith(line, 0, "From ") && isEnvelope(line)) {
                envelope = line;
                envelopeOffset = at;
                if (prevBlank && beforeBlank >= 0) {
                    // the separating blank line is the mbox's, not the message's
                    msg.truncate(beforeBlank);
                }
                return;
            }
            boolean blank = ByteLines.isBlank(line);
            if (blank) {
                beforeBlank = msg.size();
            }
            if (!lines.continued() && isEscapedFrom(line)) {
                msg.write(line, 1, line.length - 1);
            } else {
                msg.write(line);
            }
            prevBlank = blank;
        }
        ended = true;
    }

    /**
     * Takes exactly {@code length} body bytes when the framing checks out: what follows is the end
     * of the file or (after blank lines) an envelope line with header lines after it, and the body
     * does not itself hold an envelope line with headers (a Content-Length too long by whole messages).
     * Otherwise leaves the input untouched, and the body is split on the envelope's grammar.
     */
    private boolean readFramedBody(long length) throws IOException {
        if (length > limits.maxMessageBytes() || length > Integer.MAX_VALUE - 4 * ByteLines.MAX_LINE) {
            return false; // too big to look ahead over: split on lines, where the size limit applies
        }
        int n = (int) length;
        lines.mark(n + 2 * ByteLines.MAX_LINE + 4096);
        byte[] body = lines.readBytes(n);
        boolean fits = false;
        if (body.length == n && (n == 0 || body[n - 1] == '\n') && !holdsEnvelope(body)) {
            byte[] line;
            int blanks = 0;
            while ((line = lines.readLine()) != null && ByteLines.isBlank(line) && blanks < 4) {
                blanks++;
                // separator lines are skipped; a fifth one means this is not the framing
            }
            if (line == null) {
                fits = true;
            } else if (!lines.continued() && ByteLines.startsWith(line, 0, "From ") && EnvelopeLine.matches(line)) {
                fits = EnvelopeLine.isHeaderLine(lines.readLine());
            }
        }
        lines.reset();
        if (!fits) {
            return false;
        }
        // read again, now for good: the body, the separating blank lines, the next envelope
        msg.write(lines.readBytes(n));
        byte[] line;
        long at;
        do {
            at = lines.position();
            line = lines.readLine();
        } while (line != null && ByteLines.isBlank(line));
        envelope = line;
        envelopeOffset = at;
        ended = line == null;
        return true;
    }

    /** Whether a framed body holds an envelope line followed by a header line: then its length lies. */
    private static boolean holdsEnvelope(byte[] body) {
        int start = 0;
        boolean previousWasEnvelope = false;
        while (start < body.length) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, body.length);
            byte[] line = java.util.Arrays.copyOfRange(body, start, Math.min(end, start + EnvelopeLine.MAX_LENGTH + 1));
            if (previousWasEnvelope && EnvelopeLine.isHeaderLine(line)) {
                return true;
            }
            previousWasEnvelope = end - start <= EnvelopeLine.MAX_LENGTH && EnvelopeLine.matches(line);
            start = end;
        }
        return false;
    }

    private static boolean isEscapedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && ByteLines.startsWith(line, i, "From ");
    }

    private RawMessage message(GmailHeaders headers) {
        return new RawMessage(msg.bytes(), new Origin(path, index, null, headers.labels(), headers.threadId(),
                Origin.Format.MESSAGE), msg.size());
    }

    /** Where the envelope line of the message last returned starts in the (uncompressed) input, -1 before the first. */
    @Override
    public long lastOffset() {
        return offset;
    }

    @Override
    public long bytesRead() {
        return counter.count();
    }

    @Override
    public long totalBytes() {
        return total;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
