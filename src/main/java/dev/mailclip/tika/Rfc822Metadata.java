package dev.mailclip.tika;

import dev.mailclip.article.MailInfo;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.ContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The envelope metadata of a message exactly as Tika's RFC822Parser gives it (Message-From,
 * Message-To, dc:subject, Message:Raw-Header:*, ...), so a host that relied on those keys keeps
 * working when the document turns out to be an article.
 */
final class Rfc822Metadata {
    private Rfc822Metadata() {
    }

    /** An attachment as RFC822Parser hands it to a host: its metadata and its decoded bytes. */
    record Part(Metadata metadata, byte[] bytes) {
    }

    /**
     * Runs RFC822Parser for its metadata: body text is discarded, and the attachments it would hand
     * the host's EmbeddedDocumentExtractor (resource name, content type, embedded resource type as it
     * sets them) are collected, to be handed on after the article body. The message's own unnamed
     * text and HTML bodies are left out: they are the article. Falls back to the facade's view of
     * the envelope, and no attachments, when the host has no RFC822Parser.
     */
    static List<Part> write(byte[] message, MailInfo mail, Parser rfc822, Metadata md) throws IOException {
        if (rfc822 == null) {
            writeFallback(mail, md);
            return List.of();
        }
        Metadata side = new Metadata();
        ParseContext quiet = new ParseContext();
        Collecting parts = new Collecting();
        quiet.set(EmbeddedDocumentExtractor.class, parts);
        try (TikaInputStream in = TikaInputStream.get(message)) {
            rfc822.parse(in, new DefaultHandler(), side, quiet);
        } catch (org.xml.sax.SAXException | TikaException e) {
            // mailclip read the message where mime4j gave up: the article still stands
            if (side.size() == 0) {
                writeFallback(mail, md);
                return parts.parts;
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
        return parts.parts;
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
            String created = TikaDates.utc(mail.date());
            if (created != null) {
                md.set(TikaCoreProperties.CREATED.getName(), created);
            }
        }
    }

    /** Keeps what RFC822Parser offers as embedded documents, except the message's own text bodies. */
    private static final class Collecting implements EmbeddedDocumentExtractor {
        private final List<Part> parts = new ArrayList<>();

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return !isBodyText(metadata);
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws IOException {
            Metadata copy = new Metadata();
            for (String name : metadata.names()) {
                for (String v : metadata.getValues(name)) {
                    copy.add(name, v);
                }
            }
            parts.add(new Part(copy, stream.readAllBytes()));
        }

        /** An unnamed text/plain or text/html part: a body RFC822Parser had no leaf parser for. */
        private static boolean isBodyText(Metadata metadata) {
            if (metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null) {
                return false;
            }
            MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
            return type != null && (MediaType.TEXT_PLAIN.equals(type.getBaseType())
                    || MediaType.TEXT_HTML.equals(type.getBaseType()));
        }
    }
}
