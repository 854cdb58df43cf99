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
 * lines; otherwise Jakarta Mail reads the block itself.
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

    /** The message's bytes as the shared stream Jakarta Mail reads the body and its parts from, in place. */
    static final class Bytes extends SharedByteArrayInputStream {
        Bytes(byte[] bytes) {
            super(bytes);
        }

        /** The header block from the current position on; the stream is left at the body's first byte. */
        InternetHeaders readHeaders() {
            Headers headers = new Headers();
            // as InternetHeaders.load: a folded header is gathered in lineBuffer, an unfolded one waits in prevline
            String prevline = null;
            StringBuilder lineBuffer = new StringBuilder();
            boolean first = true;
            String line;
            do {
                line = readLine();
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

        /** The next line without its end, decoded as UTF-8; null at the end of the bytes. */
        private String readLine() {
            int start = pos;
            while (pos < count) {
                byte b = buf[pos];
                if (b == '\n') {
                    pos++;
                    return new String(buf, start, pos - 1 - start, StandardCharsets.UTF_8);
                }
                if (b == '\r') {
                    int end = pos++;
                    // CR LF and CR CR LF end the line whole; after a lone CR the next line starts at once
                    int next = pos;
                    if (next < count && buf[next] == '\r') {
                        next++;
                    }
                    if (next < count && buf[next] == '\n') {
                        pos = next + 1;
                    }
                    return new String(buf, start, end - start, StandardCharsets.UTF_8);
                }
                pos++;
            }
            return pos == start ? null : new String(buf, start, pos - start, StandardCharsets.UTF_8);
        }
    }

    /** InternetHeaders without the placeholder entries of its no-argument constructor, as when it reads a stream. */
    private static final class Headers extends InternetHeaders {
        Headers() {
            headers = new ArrayList<>(40);
        }
    }
}
