package dev.mailclip.bench;

import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.tika.MailclipParser;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.mbox.MboxParser;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Tika's own mail pipeline, as a Tika host without mailclip has it: the parsers are named, not
 * loaded from the classpath, because the test classpath also registers mailclip's adapter.
 */
final class TikaStages {
    /** Counts characters of text out, and keeps nothing. */
    static final class Discard extends DefaultHandler {
        long chars;

        @Override
        public void characters(char[] ch, int start, int length) {
            chars += length;
        }
    }

    private TikaStages() {
    }

    static Parser stockParser() throws ReflectiveOperationException {
        // TXTParser and HtmlParser by name: the parser modules, not our code, decide their classes
        Parser txt = (Parser) Class.forName("org.apache.tika.parser.txt.TXTParser").getDeclaredConstructor().newInstance();
        Parser html = (Parser) Class.forName("org.apache.tika.parser.html.JSoupParser").getDeclaredConstructor().newInstance();
        return new AutoDetectParser(new MboxParser(), new RFC822Parser(), html, txt);
    }

    /** The whole mbox through AutoDetectParser; returns the messages MboxParser handed on. */
    static long stock(Path mbox) throws Exception {
        Parser parser = stockParser();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        long[] messages = new long[1];
        context.set(EmbeddedDocumentExtractor.class, new ParsingEmbeddedDocumentExtractor(context) {
            int depth;

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                    throws SAXException, IOException {
                if (depth == 0) {
                    messages[0]++;
                }
                depth++;
                try {
                    super.parseEmbedded(stream, handler, metadata, outputHtml);
                } finally {
                    depth--;
                }
            }
        });
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, mbox.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(mbox)) {
            parser.parse(in, new Discard(), md, context);
        }
        return messages[0];
    }

    /** Every message of the mbox, split by mailclip, through one message parser (with embedded parts parsed). */
    static long perMessage(Path mbox, boolean mailclip) throws Exception {
        Parser embedded = stockParser();
        Parser top = mailclip ? new MailclipParser() : new RFC822Parser();
        long n = 0, failed = 0;
        try (MboxSource source = MboxSource.open(mbox, false)) {
            for (RawMessage m; (m = source.next()) != null; n++) {
                if (!parseOne(top, embedded, m.bytes())) {
                    // a message either parser rejects costs what it cost; counted, so a broken run shows
                    failed++;
                }
            }
        }
        System.out.println("FAILED " + failed + " of " + n + " messages");
        return n;
    }

    /**
     * The adapter's per-message overhead once both parsers are warm: every message of the mbox through
     * RFC822Parser and through MailclipParser, alternately, in two passes; the second pass is measured
     * in CPU time of this thread (steadier than wall clock on a shared machine, and blind to the JIT
     * and GC threads, which are start-up and heap costs, not a parser's per-message cost).
     *
     * @return the messages of the measured pass
     */
    static long warmOverhead(Path mbox) throws Exception {
        Parser embedded = stockParser();
        Parser[] parsers = {new RFC822Parser(), new MailclipParser()};
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[2];
        long n = 0;
        for (int pass = 0; pass < 2; pass++) {
            java.util.Arrays.fill(nanos, 0);
            n = 0;
            try (MboxSource source = MboxSource.open(mbox, false)) {
                for (RawMessage m; (m = source.next()) != null; n++) {
                    for (int k = 0; k < 2; k++) {
                        int which = (int) ((n + k) % 2); // alternate which parser goes first
                        long t0 = cpu.getCurrentThreadCpuTime();
                        parseOne(parsers[which], embedded, m.bytes());
                        nanos[which] += cpu.getCurrentThreadCpuTime() - t0;
                    }
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT,
                "OVERHEAD warm, CPU per message: RFC822Parser %.3f ms, MailclipParser %.3f ms: %+.0f%%%n",
                nanos[0] / 1e6 / n, nanos[1] / 1e6 / n, 100.0 * (nanos[1] - nanos[0]) / nanos[0]);
        return n;
    }

    /** One message through {@code top}, its embedded parts through {@code embedded}; false when it failed. */
    private static boolean parseOne(Parser top, Parser embedded, byte[] message) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, embedded);
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, "message/rfc822");
        try (TikaInputStream in = TikaInputStream.get(message)) {
            top.parse(in, new Discard(), md, context);
            return true;
        } catch (Exception | LinkageError e) {
            return false;
        }
    }
}
