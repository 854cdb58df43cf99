package dev.mailclip.tika;

import dev.mailclip.article.MailInfo;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.ContentHandler;

import java.io.IOException;
import java.io.InputStream;

/**
 * The envelope metadata of a message exactly as Tika's RFC822Parser gives it (Message-From,
 * Message-To, dc:subject, Message:Raw-Header:*, ...), so a host that relied on those keys keeps
 * working when the document turns out to be an article.
 */
final class Envelope {
    private Envelope() {
    }

    /**
     * Runs RFC822Parser for its metadata only: body text is discarded and attachments are not
     * opened. Falls back to the facade's view of the envelope when the host has no RFC822Parser.
     */
    static void write(byte[] message, MailInfo mail, Parser rfc822, Metadata md) throws IOException {
        if (rfc822 == null) {
            writeFallback(mail, md);
            return;
        }
        Metadata side = new Metadata();
        ParseContext quiet = new ParseContext();
        quiet.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        try (TikaInputStream in = TikaInputStream.get(message)) {
            rfc822.parse(in, new DefaultHandler(), side, quiet);
        } catch (org.xml.sax.SAXException | TikaException e) {
            // mailclip read the message where mime4j gave up: the article still stands
            if (side.size() == 0) {
                writeFallback(mail, md);
                return;
            }
        }
        for (String name : side.names()) {
            // the document stays message/rfc822 whatever part type the mail parser last saw
            if (md.get(name) == null && !Metadata.CONTENT_TYPE.equals(name)) {
                for (String v : side.getValues(name)) {
                    md.add(name, v);
                }
            }
        }
    }

    /** The few keys RFC822Parser would have set, from the facade's parse of the envelope. */
    private static void writeFallback(MailInfo mail, Metadata md) {
        if (mail == null) {
            return;
        }
        if (mail.from() != null) {
            md.set(Message.MESSAGE_FROM, mail.from());
            md.set(TikaCoreProperties.CREATOR, mail.from());
        }
        if (mail.to() != null) {
            md.set(Message.MESSAGE_TO, mail.to());
        }
        if (mail.subject() != null) {
            md.set(TikaCoreProperties.SUBJECT, mail.subject());
            md.set(TikaCoreProperties.TITLE, mail.subject());
        }
        if (mail.date() != null) {
            md.set(TikaCoreProperties.CREATED.getName(), mail.date());
        }
    }

    /** Tells RFC822Parser to leave every attachment unopened. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    }
}
