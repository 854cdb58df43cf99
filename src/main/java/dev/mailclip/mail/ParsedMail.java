package dev.mailclip.mail;

import dev.mailclip.article.Attachment;
import dev.mailclip.mail.Content;

import java.util.List;

/**
 * One message after MIME parsing: its envelope, its readable body, its other parts, and any
 * messages attached to it whole (message/rfc822, the "forward as attachment" layer).
 *
 * @param content          the body: the first text/html and text/plain found outside attached messages
 * @param parts            inline images (by Content-ID) and file attachments
 * @param attachedMessages message/rfc822 parts, parsed, in order
 * @param signals          what the headers and parts say about the kind of mail
 */
public record ParsedMail(Envelope envelope, Content content, List<Attachment> parts,
                         List<ParsedMail> attachedMessages, MailSignals signals) {
    public ParsedMail {
        parts = List.copyOf(parts);
        attachedMessages = List.copyOf(attachedMessages);
    }
}
