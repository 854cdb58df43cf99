package dev.mailclip.mailbox;

import dev.mailclip.Limits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
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
    /** asctime-like date after the sender: "Mon Jan  1 00:00:00 2024", "Mon Jun 01 10:00:00 +0000 2009" */
    private static final Pattern ENVELOPE = Pattern.compile(
            "From \\S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ ,]+[A-Za-z]{3} +\\d{1,2} +\\d{1,2}:\\d\\d.*\\R?",
            Pattern.DOTALL);
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

    @Override
    public RawMessage next() throws IOException {
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

    /** The first envelope line; anything before it (a stray preamble) is not a message. */
    private byte[] skipToFirstEnvelope() throws IOException {
        byte[] line;
        while ((line = lines.readLine()) != null) {
            if (ByteLines.startsWith(line, 0, "From ")) {
                return line;
            }
        }
        return null;
    }

    /** Reads lines up to the next envelope; unescapes mboxrd quoting. */
    private void readLineBody() throws IOException {
        boolean prevBlank = true; // the header block just ended with a blank line
        long beforeBlank = -1;    // message length before the last blank line, -1 when that was the header end
        byte[] line;
        while ((line = lines.readLine()) != null) {
            if (!lines.continued() && ByteLines.startsWith(line, 0, "From ") && (prevBlank || looksLikeEnvelope(line))) {
                envelope = line;
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
     * of the file or (after blank lines) an envelope line. Otherwise leaves the input untouched.
     */
    private boolean readFramedBody(long length) throws IOException {
        if (length > limits.maxMessageBytes() || length > Integer.MAX_VALUE - 2 * ByteLines.MAX_LINE) {
            return false; // too big to look ahead over: split on lines, where the size limit applies
        }
        int n = (int) length;
        lines.mark(n + ByteLines.MAX_LINE + 4096);
        byte[] body = lines.readBytes(n);
        if (body.length == n) {
            byte[] line;
            int blanks = 0;
            while ((line = lines.readLine()) != null && ByteLines.isBlank(line) && blanks < 4) {
                blanks++;
                // separator lines are skipped; a fifth one means this is not the framing
            }
            if (line == null || !lines.continued() && ByteLines.startsWith(line, 0, "From ") && !ByteLines.isBlank(line)) {
                msg.write(body);
                envelope = line;
                ended = line == null;
                return true;
            }
        }
        lines.reset();
        return false;
    }

    private static boolean isEscapedFrom(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return i > 0 && ByteLines.startsWith(line, i, "From ");
    }

    private static boolean looksLikeEnvelope(byte[] line) {
        if (line.length > 200) {
            return false;
        }
        return ENVELOPE.matcher(new String(line, java.nio.charset.StandardCharsets.ISO_8859_1)).matches();
    }

    private RawMessage message(GmailHeaders headers) {
        return new RawMessage(msg.bytes(), new Origin(path, index, null, headers.labels(), headers.threadId(),
                Origin.Format.MESSAGE), msg.size());
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
