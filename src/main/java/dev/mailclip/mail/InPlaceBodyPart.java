package dev.mailclip.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A part of a multipart split in place ({@link InPlaceMultipart}): the {@link MimeBodyPart} Jakarta Mail makes of a
 * part's bytes, its header block read straight from the array as Jakarta Mail reads a part's (in ISO-8859-1,
 * {@code InternetHeaders(InputStream)}), its content the rest of the part's bytes, shared.
 */
final class InPlaceBodyPart extends MimeBodyPart {
    InPlaceBodyPart(InPlaceMessage.Bytes part) throws MessagingException {
        // made only under Jakarta Mail's default properties (InPlaceMultipart): no blank-looking line ends the block
        headers = part.readHeaders(StandardCharsets.ISO_8859_1);
        contentStream = part.newStream(part.getPosition(), -1);
    }

    /** As {@link InPlaceMessage#getContent}: a multipart part's own parts split in place too. */
    @Override
    public Object getContent() throws IOException, MessagingException {
        if (cachedContent == null) {
            InPlaceMultipart.cacheAndParse(this, multipart -> cachedContent = multipart);
        }
        return super.getContent();
    }
}
