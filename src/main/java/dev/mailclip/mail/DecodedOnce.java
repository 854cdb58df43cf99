package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * The decoded bytes of an attachment, decoded when a sink first asks and then kept. Most imports
 * never ask (only sinks that store files do), and decoding base64 was a tenth of an import's time.
 * The part reads from the message's own byte array, so a later decode, on any thread, sees the
 * same bytes. A part that cannot be decoded gives no bytes rather than failing the record late. Base64 in the
 * form clients write is decoded by {@link Base64Body}, the rest as the part's own stream decodes it.
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
            try {
                bytes = inBase64(part, wholeEncoding) ? Base64Body.decode(raw(part)) : null;
                if (bytes == null) {
                    try (InputStream in = wholeEncoding != null && part instanceof MimeBodyPart body
                            ? MimeUtility.decode(body.getRawInputStream(), wholeEncoding) : part.getInputStream()) {
                        bytes = in.readAllBytes();
                    }
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                bytes = NONE;
            }
            part = null;
        }
        return bytes;
    }

    /**
     * Whether the bytes the part's stream gives are its raw bytes base64-decoded: the encoding declared on a
     * multipart or message part, or the part's own encoding on any other (on those two types Angus ignores it).
     */
    private static boolean inBase64(Part part, String wholeEncoding) throws MessagingException {
        if (wholeEncoding != null) {
            return part instanceof MimeBodyPart && wholeEncoding.equalsIgnoreCase("base64");
        }
        return (part instanceof MimeBodyPart || part instanceof MimeMessage)
                && "base64".equalsIgnoreCase(((MimePart) part).getEncoding())
                && !part.isMimeType("multipart/*") && !part.isMimeType("message/*");
    }

    private static byte[] raw(Part part) throws IOException, MessagingException {
        try (InputStream in = part instanceof MimeBodyPart body ? body.getRawInputStream()
                : ((MimeMessage) part).getRawInputStream()) {
            return in.readAllBytes();
        }
    }
}
