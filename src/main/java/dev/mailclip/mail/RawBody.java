package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.apache.commons.io.input.UnsynchronizedByteArrayInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * A part's body as it stands in the message, still encoded, and its decoding. A part split in place
 * ({@link InPlaceMessage}) is a range of the message's own array, read where it lies: copying it out of its
 * stream first cost a part's whole length again, on every text part of every message. Quoted-printable and base64
 * are decoded from the range in memory (Angus's decoders read a byte per call); any other encoding Jakarta Mail
 * knows is undone by its own decoder.
 *
 * @param array the bytes: the message's own, or a copy read out of a stream that is not in place
 * @param from  where the part's body starts in them
 * @param to    where it ends
 */
record RawBody(byte[] array, int from, int to) {

    /** The part's encoded body, or null when it has no raw stream (not a MIME part) and only its decoded stream. */
    static RawBody of(Part part, long max) throws IOException, MessagingException {
        InputStream raw = part instanceof MimeBodyPart body ? body.getRawInputStream()
                : part instanceof MimeMessage message ? message.getRawInputStream() : null;
        if (raw == null) {
            return null;
        }
        try (raw) {
            if (raw instanceof InPlaceMessage.Bytes inPlace) {
                int end = (int) Math.min(inPlace.end(), inPlace.at() + max);
                return new RawBody(inPlace.array(), inPlace.at(), end);
            }
            byte[] copy = raw.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 16));
            return new RawBody(copy, 0, copy.length);
        }
    }

    /**
     * At most {@code limit} bytes of the body with {@code encoding} undone (none when null); Jakarta Mail's error
     * for an encoding it does not know.
     */
    byte[] decode(String encoding, int limit) throws IOException, MessagingException {
        switch (encoding == null ? "7bit" : encoding.toLowerCase(Locale.ROOT)) {
            case "7bit", "8bit", "binary" -> {
                return Arrays.copyOfRange(array, from, (int) Math.min(to, (long) from + limit));
            }
            case "quoted-printable" -> {
                return QuotedPrintable.decode(array, from, to, limit);
            }
            case "base64" -> {
                byte[] decoded = Base64Body.decode(array, from, to);
                if (decoded != null) {
                    return decoded.length > limit ? Arrays.copyOf(decoded, limit) : decoded;
                }
            }
            default -> {
                // uuencode, or a name Jakarta Mail refuses: its decoder says which
            }
        }
        InputStream bytes = UnsynchronizedByteArrayInputStream.builder()
                .setByteArray(array).setOffset(from).setLength(to - from).get();
        try (InputStream in = MimeUtility.decode(bytes, encoding)) {
            return in.readNBytes(limit);
        }
    }
}
