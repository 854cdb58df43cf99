package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;

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
    private final String wholeEncoding;
    private byte[] bytes;

    /**
     * @param wholeEncoding the encoding a part of a multipart or message type declares, which Angus does not
     *                      undo on such a part (see {@code MailParser.wholeEncoding}), or null
     */
    DecodedOnce(Part part, String wholeEncoding) {
        this.part = part;
        this.wholeEncoding = wholeEncoding;
    }

    @Override
    public synchronized byte[] get() {
        if (bytes == null) {
            try (InputStream in = wholeEncoding != null && part instanceof MimeBodyPart body
                    ? MimeUtility.decode(body.getRawInputStream(), wholeEncoding) : part.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException | MessagingException | RuntimeException e) {
                bytes = NONE;
            }
            part = null;
        }
        return bytes;
    }
}
