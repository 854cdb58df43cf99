package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimePart;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The decoded bytes of an attachment, decoded when a sink first asks and then kept. Most imports
 * never ask (only sinks that store files do), and decoding base64 was a tenth of an import's time.
 * The part reads from the message's own byte array, so a later decode, on any thread, sees the
 * same bytes. A part that cannot be decoded gives no bytes rather than failing the record late.
 */
final class DecodedOnce implements Supplier<byte[]> {
    private static final byte[] NONE = new byte[0];
    private Part part;
    private final boolean wholeType;
    private final String wholeEncoding;
    private byte[] bytes;

    /**
     * @param wholeType     whether the part is of a multipart or message type, whose declared encoding Angus does
     *                      not undo (a JVM-wide switch)
     * @param wholeEncoding the base64 or quoted-printable encoding such a part declares, which is undone here all
     *                      the same (see {@code MailParser.wholeEncoding}), or null
     */
    DecodedOnce(Part part, boolean wholeType, String wholeEncoding) {
        this.part = part;
        this.wholeType = wholeType;
        this.wholeEncoding = wholeEncoding;
    }

    @Override
    public synchronized byte[] get() {
        if (bytes == null) {
            try {
                bytes = decode();
            } catch (IOException | MessagingException | RuntimeException e) {
                bytes = NONE;
            }
            part = null;
        }
        return bytes;
    }

    /**
     * The part's raw bytes with the encoding undone that its own stream undoes (the part's, or none on a multipart
     * or message type) or, on such a type, the one it declares: one decoding for both, base64 by {@link Base64Body}
     * where it takes the body.
     */
    private byte[] decode() throws IOException, MessagingException {
        RawBody raw = RawBody.of(part, Integer.MAX_VALUE - 16);
        if (raw == null) {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
        return raw.decode(wholeType ? wholeEncoding : ((MimePart) part).getEncoding(), Integer.MAX_VALUE - 16);
    }
}
