package dev.mailclip.tika;

import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits an mbox with mailclip's own byte-level {@link MboxSource} (Tika's MboxParser decodes lines
 * as text and garbles 8-bit UTF-8) and hands each message to the host as an embedded
 * message/rfc822 document, so the host's parser for that type (normally ours again) reads it.
 */
final class MboxSplitter {
    private final long maxMessageBytes;

    MboxSplitter(long maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    void split(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context, Parser self)
            throws IOException, SAXException, TikaException {
        if (context.get(Parser.class) == null) {
            // called directly rather than through AutoDetectParser: messages come back to us
            context.set(Parser.class, self);
        }
        EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        try (TemporaryResources tmp = new TemporaryResources()) {
            // MboxSource reads a file; a host's file-backed stream is used in place, others spooled
            TikaInputStream tis = TikaInputStream.get(stream, tmp, metadata);
            try (MboxSource source = MboxSource.open(tis.getPath(), false)) {
                RawMessage message;
                while ((message = source.next()) != null) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new TikaException("interrupted while splitting an mbox");
                    }
                    long index = message.origin().index();
                    if (message.bytes().length > maxMessageBytes) {
                        metadata.add(ArticleMetadata.PREFIX + "mbox:skipped", Long.toString(index));
                        continue;
                    }
                    Metadata entry = entryMetadata(index, message);
                    if (extractor.shouldParseEmbedded(entry)) {
                        xhtml.startElement("div", "class", "email-entry");
                        try (TikaInputStream in = TikaInputStream.get(message.bytes())) {
                            extractor.parseEmbedded(in, xhtml, entry, true);
                        }
                        xhtml.endElement("div");
                    }
                }
            }
        }
        xhtml.endDocument();
    }

    private static Metadata entryMetadata(long index, RawMessage message) {
        Metadata entry = new Metadata();
        entry.set(Metadata.CONTENT_TYPE, MailclipParser.RFC822.toString());
        entry.set(TikaCoreProperties.RESOURCE_NAME_KEY, "message-" + index + ".eml");
        entry.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE,
                TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
        entry.set(ArticleMetadata.PREFIX + "mbox:index", Long.toString(index));
        for (String label : message.origin().labels()) {
            entry.add(ArticleMetadata.PREFIX + "mail:labels", label);
        }
        if (message.origin().threadId() != null) {
            entry.set(ArticleMetadata.PREFIX + "mail:threadId", message.origin().threadId());
        }
        return entry;
    }
}
