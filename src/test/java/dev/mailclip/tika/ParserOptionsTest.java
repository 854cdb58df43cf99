package dev.mailclip.tika;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The options a host sets in tika-config.xml, and the bounds every parse keeps. */
class ParserOptionsTest {
    private static final String SUBJECT = "Any aimless negotiations will not continue: Hamdan to Al Mayadeen";

    @Test
    void tikaConfigParamsReachTheParser() throws Exception {
        String xml = """
                <properties>
                  <parsers>
                    <parser class="org.apache.tika.parser.DefaultParser">
                      <parser-exclude class="dev.mailclip.tika.MailclipParser"/>
                    </parser>
                    <parser class="dev.mailclip.tika.MailclipParser">
                      <params>
                        <param name="minArticleWords" type="int">120</param>
                        <param name="recoverArticles" type="bool">false</param>
                        <param name="maxMessageBytes" type="long">1048576</param>
                      </params>
                    </parser>
                  </parsers>
                </properties>""";
        TikaConfig config;
        try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            config = new TikaConfig(in);
        }
        ParseContext ctx = new ParseContext();
        ctx.set(Parser.class, config.getParser());
        MailclipParser ours = (MailclipParser) EmbeddedDocumentUtil.tryToFindExistingLeafParser(MailclipParser.class, ctx);
        assertEquals(120, ours.getMinArticleWords());
        assertFalse(ours.isRecoverArticles());
        assertEquals(1048576L, ours.getMaxMessageBytes());
        // the configured instance is the one that runs: recovery is off, so the seed stays mail
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, "seed-001.eml");
        try (InputStream in = Files.newInputStream(Hosts.SEED)) {
            new AutoDetectParser(config).parse(in, new BodyContentHandler(-1), md, new ParseContext());
        }
        assertEquals("mail", md.get("mailclip:kind"));
    }

    @Test
    void recoveryOffHandsTheArticleToTikasParser() throws Exception {
        MailclipParser p = new MailclipParser();
        p.setRecoverArticles(false);
        Metadata md = parse(p);
        assertEquals(SUBJECT, md.get(TikaCoreProperties.TITLE));
        assertEquals("mail", md.get("mailclip:kind"));
        assertNull(md.get(TikaCoreProperties.SOURCE));
        assertEquals("2024-03-07T15:03:10Z", md.get(TikaCoreProperties.CREATED));
    }

    @Test
    void tooFewWordsIsMail() throws Exception {
        MailclipParser p = new MailclipParser();
        p.setMinArticleWords(100_000);
        assertEquals("mail", parse(p).get("mailclip:kind"));
        p.setMinArticleWords(20);
        assertEquals("article", parse(p).get("mailclip:kind"));
    }

    @Test
    void oversizedMessageIsStreamedToTikasParser() throws Exception {
        MailclipParser p = new MailclipParser();
        p.setMaxMessageBytes(1000);
        Metadata md = parse(p);
        assertNull(md.get("mailclip:url"));
        assertEquals(SUBJECT, md.get(TikaCoreProperties.SUBJECT));
    }

    @Test
    void writeLimitPropagatesAsTikaExpects() {
        Exception e = assertThrows(Exception.class, () -> {
            try (InputStream in = Files.newInputStream(Hosts.SEED)) {
                new AutoDetectParser().parse(in, new BodyContentHandler(100), new Metadata(), new ParseContext());
            }
        });
        assertTrue(WriteLimitReachedException.isWriteLimitReached(e), e.toString());
    }

    @Test
    void wordsCountsWhitespaceSeparatedTokens() {
        assertEquals(0, MailclipParser.words(null));
        assertEquals(0, MailclipParser.words("  "));
        assertEquals(3, MailclipParser.words(" one two\n\nthree "));
    }

    private static Metadata parse(MailclipParser p) throws Exception {
        Metadata md = new Metadata();
        md.set(Metadata.CONTENT_TYPE, "message/rfc822");
        ParseContext ctx = new ParseContext();
        ctx.set(Parser.class, new AutoDetectParser());
        try (InputStream in = Files.newInputStream(Hosts.SEED)) {
            p.parse(in, new BodyContentHandler(-1), md, ctx);
        }
        return md;
    }
}
