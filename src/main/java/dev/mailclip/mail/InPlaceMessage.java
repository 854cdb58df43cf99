package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/**
 * A {@link MimeMessage} over bytes in memory whose header block is read straight from the array.
 * <p>
 * Jakarta Mail reads a header block through a line stream one synchronized {@code read()} a byte, and
 * looks up its stream provider for each block; on real mail, with its long {@code Received} chains, that
 * was a sixth of the import's time. This reads the same lines by the same rules (a line ends at LF, CRLF,
 * CR CR LF or a lone CR; folded lines joined as {@code InternetHeaders.load} joins them; the block ends at
 * an empty line or the end) and hands them to the same {@link InternetHeaders#addHeaderLine}, so the
 * message is the one Jakarta Mail would have made ({@code InPlaceMessageTest}). Only for a session that
 * allows UTF-8 in headers, as mailclip's does, and with Jakarta Mail's default handling of blank-looking
 * lines; otherwise Jakarta Mail reads the block itself. Its multipart body is split in place the same way, part
 * by part ({@link InPlaceMultipart}).
 */
final class InPlaceMessage extends MimeMessage {
    /** Jakarta Mail's own switch for lines of white space as the header block's end: then it reads the block */
    private static final boolean JAKARTA_READS_HEADERS = System.getProperty("mail.mime.ignorewhitespacelines") != null;

    InPlaceMessage(Session session, byte[] bytes) throws MessagingException {
        super(session, new Bytes(bytes));
    }

    /** Called from MimeMessage's constructor, with the stream given to it (fields of this class are not yet set). */
    @Override
    protected InternetHeaders createInternetHeaders(InputStream is) throws MessagingException {
        if (is instanceof Bytes bytes && allowsUtf8(session) && !JAKARTA_READS_HEADERS) {
            return bytes.readHeaders();
        }
        return super.createInternetHeaders(is);
    }

    /** {@code mail.mime.allowutf8} as MimeMessage reads it from the session (its own flag is private) */
    private static boolean allowsUtf8(Session session) {
        if (session == null) {
            return false;
        }
        Object value = session.getProperties().get("mail.mime.allowutf8");
        if (value == null) {
            value = session.getProperties().getProperty("mail.mime.allowutf8");
        }
        return value instanceof String s ? s.equalsIgnoreCase("true") : value instanceof Boolean b && b;
    }

    /**
     * A multipart body is split in place ({@link InPlaceMultipart}), where Jakarta Mail would make the same parts
     * with its own parser; its other content as Jakarta Mail makes it.
     */
    @Override
    public Object getContent() throws java.io.IOException, MessagingException {
        if (cachedContent == null) {
            InPlaceMultipart.cacheAndParse(this, multipart -> cachedContent = multipart);
        }
        return super.getContent();
    }

    /**
     * The message's bytes as the shared stream Jakarta Mail reads the body and its parts from, in place: every
     * stream made from it ({@link #newStream}) is one of these too, so a part's parts are read in place as well.
     */
    static final class Bytes extends SharedByteArrayInputStream {
        Bytes(byte[] bytes) {
            super(bytes);
        }

        private Bytes(byte[] bytes, int offset, int length) {
            super(bytes, offset, length);
        }

        /** As {@link SharedByteArrayInputStream#newStream}, over the same array, of this kind. */
        @Override
        public InputStream newStream(long from, long end) {
            if (from < 0) {
                throw new IllegalArgumentException("start < 0");
            }
            long to = end == -1 ? count - start : end;
            return new Bytes(buf, start + (int) from, (int) (to - from));
        }

        /** the array, and where this stream's bytes are in it: from its position to its end */
        byte[] array() {
            return buf;
        }

        int at() {
            return pos;
        }

        int end() {
            return count;
        }

        /** The stream of the bytes from {@code from} to {@code to} of the array (not of this stream). */
        Bytes slice(int from, int to) {
            return new Bytes(buf, from, to - from);
        }

        /** The header block from the current position on, read as a message's, its lines in UTF-8. */
        InternetHeaders readHeaders() {
            return readHeaders(StandardCharsets.UTF_8);
        }

        /**
         * The header block from the current position on, its lines decoded with {@code charset} (a message's are read
         * as UTF-8 when the session allows it, a body part's always as ISO-8859-1); the stream is left at the body's
         * first byte.
         */
        InternetHeaders readHeaders(java.nio.charset.Charset charset) {
            Headers headers = new Headers();
            // as InternetHeaders.load: a folded header is gathered in lineBuffer, an unfolded one waits in prevline
            String prevline = null;
            StringBuilder lineBuffer = new StringBuilder();
            boolean first = true;
            String line;
            do {
                line = readLine(charset);
                if (line != null && (line.startsWith(" ") || line.startsWith("\t"))) {
                    if (prevline != null) {
                        lineBuffer.append(prevline);
                        prevline = null;
                    }
                    if (first) {
                        String trimmed = line.trim();
                        if (!trimmed.isEmpty()) {
                            lineBuffer.append(trimmed);
                        }
                    } else {
                        if (lineBuffer.length() > 0) {
                            lineBuffer.append("\r\n");
                        }
                        lineBuffer.append(line);
                    }
                } else {
                    if (prevline != null) {
                        headers.addHeaderLine(prevline);
                    } else if (lineBuffer.length() > 0) {
                        headers.addHeaderLine(lineBuffer.toString());
                        lineBuffer.setLength(0);
                    }
                    prevline = line;
                }
                first = false;
            } while (line != null && !line.isEmpty());
            return headers;
        }

        /** The next line without its end, decoded with {@code charset}; null at the end of the bytes. */
        private String readLine(java.nio.charset.Charset charset) {
            if (pos >= count) {
                return null;
            }
            int from = pos;
            int end = lineEnd(buf, from, count);
            pos = nextLine(buf, end, count);
            return new String(buf, from, end - from, charset);
        }

        /** Where the line from {@code from} ends: its first CR or LF, or {@code to}. */
        static int lineEnd(byte[] buf, int from, int to) {
            int end = from;
            while (end < to && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            return end;
        }

        /**
         * Where the line after one that ends at {@code end} starts, as Jakarta Mail's line stream reads line ends:
         * LF, CR LF and CR CR LF end a line whole; after a lone CR the next line starts at once.
         */
        static int nextLine(byte[] buf, int end, int to) {
            if (end >= to) {
                return to;
            }
            if (buf[end] == '\n') {
                return end + 1;
            }
            int next = end + 1;
            if (next < to && buf[next] == '\r') {
                next++;
            }
            return next < to && buf[next] == '\n' ? next + 1 : end + 1;
        }
    }

    /** InternetHeaders without the placeholder entries of its no-argument constructor, as when it reads a stream. */
    private static final class Headers extends InternetHeaders {
        Headers() {
            headers = new ArrayList<>(40);
        }
    }
}
