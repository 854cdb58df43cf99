package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

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
    private byte[] bytes;

    DecodedOnce(Part part) {
        this.part = part;
    }

    @Override
    public synchronized byte[] get() {
        if (bytes == null) {
            try (InputStream in = part.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException | MessagingException | RuntimeException e) {
                bytes = NONE;
            }
            part = null;
        }
        return bytes;
    }
}
