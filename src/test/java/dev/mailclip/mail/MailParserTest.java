package dev.mailclip.mail;

import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Attachment;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A multipart level that cannot be read as one loses neither the message nor its bytes. */
class MailParserTest {
    private static final String HEAD = "From: a@example.org\r\nTo: b@example.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"OUT\"\r\n\r\n--OUT\r\nContent-Type: text/plain\r\n\r\nhello\r\n";

    private static ParsedMail parse(String message) throws UnreadableMessageException {
        return new MailParser().parse(message.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anInnerLevelWithoutItsStartBoundaryStaysAnAttachment() throws Exception {
        ParsedMail mail = parse(HEAD + "--OUT\r\nContent-Type: multipart/alternative; boundary=\"IN\"\r\n\r\n"
                + "no boundary line here\r\n--OUT--\r\n");
        assertEquals("hello", mail.content().text().strip());
        Attachment level = mail.parts().get(0);
        assertEquals("multipart/alternative", level.contentType());
        assertTrue(new String(level.bytes(), StandardCharsets.US_ASCII).contains("no boundary line here"));
    }

    @Test
    void aBase64FileOfAMultipartTypeIsAFileDecoded() throws Exception {
        String archive = "Content-Type: multipart/related; boundary=\"A\"\r\n\r\n--A\r\nContent-Type: text/html\r\n\r\n"
                + "<p>page</p>\r\n--A--\r\n";
        ParsedMail mail = parse(HEAD + "--OUT\r\nContent-Type: multipart/related\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"page.mhtml\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(archive.getBytes(StandardCharsets.US_ASCII)) + "\r\n--OUT--\r\n");
        Attachment file = mail.parts().get(0);
        assertEquals("page.mhtml", file.name());
        assertEquals(archive, new String(file.bytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void theMessagesOwnLevelWithoutItsStartBoundaryIsUnreadable() {
        assertThrows(UnreadableMessageException.class, () -> parse("From: a@example.org\r\nSubject: s\r\n"
                + "Content-Type: multipart/mixed; boundary=\"OUT\"\r\n\r\nno boundary line here\r\n"));
    }
}
