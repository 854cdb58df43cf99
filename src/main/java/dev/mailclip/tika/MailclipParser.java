package dev.mailclip.tika;

import dev.mailclip.Limits;
import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import org.apache.tika.config.Field;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * An Apache Tika parser for mail that holds clipped web articles.
 * <p>
 * A message whose record is an article becomes an article document: its XHTML is the article, its
 * metadata the article's Dublin Core keys, every record field under {@code mailclip:}, and the
 * envelope keys Tika's RFC822Parser would have set. Any other message is handed to Tika's own
 * RFC822Parser untouched, so the host sees what it saw before. An mbox is split on bytes and each
 * message handed back to the host as an embedded document.
 * <p>
 * Registered through {@code META-INF/services/org.apache.tika.parser.Parser}. Its class name lies
 * outside {@code org.apache.tika}, so Tika's DefaultParser ranks it above its own parsers for the
 * types both claim. It never claims text/html.
 */
public class MailclipParser extends AbstractParser {
    private static final long serialVersionUID = 1L;

    static final MediaType RFC822 = MediaType.parse("message/rfc822");
    static final MediaType MBOX = MediaType.parse("application/mbox");
    private static final Set<MediaType> TYPES = Set.of(RFC822, MBOX);

    private int minArticleWords = 0;
    private boolean recoverArticles = true;
    /** every bound on work per message, as for the command line; {@code maxMessageBytes} also a Tika config param */
    private Limits limits = Limits.DEFAULTS;
    /** the facade for these limits: thread-safe, not serializable, made again after a change or a deserialisation */
    private transient volatile Mailclip mailclip;

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return TYPES;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (isMbox(metadata)) {
            new MboxSplitter(limits.maxMessageBytes()).split(stream, handler, metadata, context, this);
        } else {
            parseMessage(stream, handler, metadata, context);
        }
    }

    private void parseMessage(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        Parser rfc822 = TikaMailParser.find(context);
        BoundedRead head = BoundedRead.of(stream, limits.maxMessageBytes());
        if (!head.complete()) {
            // too large to hold twice: no recovery, Tika's own parser streams it
            if (rfc822 == null) {
                throw new TikaException("message larger than maxMessageBytes (" + limits.maxMessageBytes() + ")");
            }
            rfc822.parse(head.replay(), handler, metadata, context);
            return;
        }
        byte[] bytes = head.bytes();
        Article record = recoverArticles ? extract(bytes, metadata) : null;
        if (record != null && isArticle(record)) {
            writeArticle(bytes, record, rfc822, handler, metadata, context);
        } else if (rfc822 != null) {
            try (TikaInputStream again = TikaInputStream.get(bytes)) {
                rfc822.parse(again, handler, metadata, context);
            }
            metadata.set(ArticleMetadata.PREFIX + "kind", Kind.MAIL.json());
        } else {
            writePlainMail(bytes, record, handler, metadata);
        }
    }

    /** The record, or null when the facade cannot read the message (Tika's parser may still). */
    private Article extract(byte[] bytes, Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        RawMessage message = new RawMessage(bytes, Origin.file(name == null ? "tika" : name, Origin.Format.MESSAGE));
        try {
            return StreamProviderLookup.during(() -> mailclip().extract(message));
        } catch (Exception e) {
            // unreadable (an UnreadableMessageException) or broken inside: Tika's own parser may still read it
            return null;
        }
    }

    /** An article record long enough to count: the facade has no word threshold of its own. */
    private boolean isArticle(Article a) {
        return a.kind() == Kind.ARTICLE && words(a.text()) >= minArticleWords;
    }

    static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        return text.strip().split("\\s+").length;
    }

    private static void writeArticle(byte[] bytes, Article a, Parser rfc822, ContentHandler handler, Metadata md,
                                     ParseContext context) throws IOException, SAXException, TikaException {
        List<Rfc822Metadata.Part> attachments = Rfc822Metadata.write(bytes, a.mail(), rfc822, md);
        if (md.get(Metadata.CONTENT_TYPE) == null) {
            md.set(Metadata.CONTENT_TYPE, RFC822.toString());
        }
        ArticleMetadata.writeDublinCore(a, md);
        ArticleMetadata.writeRecord(a, md);
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, md);
        xhtml.startDocument();
        ArticleXhtml.write(a, xhtml);
        writeAttachments(attachments, xhtml, context);
        xhtml.endDocument();
    }

    /**
     * The message's attachments to the host's EmbeddedDocumentExtractor, as Tika's RFC822Parser hands
     * them over (same metadata, outputHtml false): tika-server's /rmeta and a RecursiveParserWrapper
     * get one entry per attachment, a BodyContentHandler gets their text after the article's.
     */
    private static void writeAttachments(List<Rfc822Metadata.Part> parts, XHTMLContentHandler xhtml, ParseContext context)
            throws IOException, SAXException {
        if (parts.isEmpty()) {
            return;
        }
        EmbeddedDocumentExtractor extractor = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        for (Rfc822Metadata.Part part : parts) {
            if (extractor.shouldParseEmbedded(part.metadata())) {
                try (TikaInputStream in = TikaInputStream.get(part.bytes())) {
                    extractor.parseEmbedded(in, xhtml, part.metadata(), false);
                }
            }
        }
    }

    /** Without Tika's RFC822Parser in the host: the message's text, as the facade read it. */
    private static void writePlainMail(byte[] bytes, Article record, ContentHandler handler, Metadata md)
            throws IOException, SAXException, TikaException {
        if (record == null) {
            throw new TikaException("unreadable message, and no RFC822Parser in this host to try");
        }
        Rfc822Metadata.write(bytes, record.mail(), null, md);
        ArticleMetadata.writeRecord(record, md);
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, md);
        xhtml.startDocument();
        ArticleXhtml.write(record, xhtml);
        xhtml.endDocument();
    }

    private static boolean isMbox(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type != null && MBOX.equals(type.getBaseType());
    }

    /** Below this many words of text an article record is treated as ordinary mail (0: trust mailclip). */
    @Field
    public void setMinArticleWords(int minArticleWords) {
        this.minArticleWords = Math.max(0, minArticleWords);
    }

    /** Off: every message goes to Tika's own parser (the mbox splitting stays). */
    @Field
    public void setRecoverArticles(boolean recoverArticles) {
        this.recoverArticles = recoverArticles;
    }

    /** Messages larger than this are not recovered (and, in an mbox, skipped); default 64 MiB. */
    @Field
    public void setMaxMessageBytes(long maxMessageBytes) {
        setLimits(limits.toBuilder().maxMessageBytes(Math.max(1, maxMessageBytes)).build());
    }

    public int getMinArticleWords() {
        return minArticleWords;
    }

    public boolean isRecoverArticles() {
        return recoverArticles;
    }

    public long getMaxMessageBytes() {
        return limits.maxMessageBytes();
    }

    /** For a host that configures in code: every bound on work per message (the defaults: {@link Limits#DEFAULTS}). */
    public void setLimits(Limits limits) {
        this.limits = java.util.Objects.requireNonNull(limits);
        this.mailclip = null;
    }

    public Limits getLimits() {
        return limits;
    }

    private Mailclip mailclip() {
        Mailclip m = mailclip;
        if (m == null) {
            m = new Mailclip(limits);
            mailclip = m;
        }
        return m;
    }
}
