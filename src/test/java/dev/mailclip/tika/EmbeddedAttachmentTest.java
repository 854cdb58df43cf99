package dev.mailclip.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.apache.tika.io.TikaInputStream;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article message's attachments reach the host as embedded documents, as Tika's RFC822Parser
 * hands them over: RecursiveParserWrapper (what tika-server's /rmeta runs) gets the PDF as its own
 * entry, parsed by the host's PDF parser; a BodyContentHandler gets its text after the article's.
 */
class EmbeddedAttachmentTest {

    @Test
    void attachedPdfIsAnEmbeddedDocumentOfTheArticle() throws Exception {
        List<Metadata> docs = rmeta(ArticleWithPdf.message());
        Metadata article = docs.get(0);
        assertEquals("article", article.get("mailclip:kind"), article.toString());
        assertEquals("Any aimless negotiations will not continue: Hamdan to Al Mayadeen", article.get(TikaCoreProperties.TITLE));
        assertEquals("2024-03-06T00:00:00Z", article.get(TikaCoreProperties.CREATED));
        assertEquals("2024-03-06", article.get("mailclip:date"));
        assertTrue(Arrays.asList(article.getValues("mailclip:attachment:name")).contains(ArticleWithPdf.PDF_NAME));

        Metadata pdf = docs.stream()
                .filter(d -> ArticleWithPdf.PDF_NAME.equals(d.get(TikaCoreProperties.RESOURCE_NAME_KEY)))
                .findFirst().orElseThrow(() -> new AssertionError("no embedded PDF in " + docs));
        assertTrue(pdf.get(Metadata.CONTENT_TYPE).startsWith("application/pdf"), pdf.toString());
        assertEquals("ATTACHMENT", pdf.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE));
        assertTrue(Arrays.asList(pdf.getValues(TikaCoreProperties.TIKA_PARSED_BY))
                .contains("org.apache.tika.parser.pdf.PDFParser"), pdf.toString());
        assertTrue(pdf.get(TikaCoreProperties.TIKA_CONTENT).contains(ArticleWithPdf.PDF_TEXT), pdf.toString());
        assertTrue(pdf.get(TikaCoreProperties.EMBEDDED_RESOURCE_PATH).startsWith("/"), pdf.toString());
        // the article's inline image is handed over too, as RFC822Parser would; its body is not
        assertTrue(docs.stream().anyMatch(d -> "d899ceab-6108-4d17-9c0a-f38b0c2a81a8.jpg"
                .equals(d.get(TikaCoreProperties.RESOURCE_NAME_KEY))), docs.toString());
        assertEquals(3, docs.size(), docs.toString());
    }

    @Test
    void bodyContentHandlerGetsTheAttachmentTextAfterTheArticle() throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        Metadata md = new Metadata();
        ParseContext ctx = new ParseContext();
        AutoDetectParser parser = new AutoDetectParser();
        ctx.set(org.apache.tika.parser.Parser.class, parser);
        try (TikaInputStream in = TikaInputStream.get(ArticleWithPdf.message())) {
            parser.parse(in, text, md, ctx);
        }
        String t = text.toString();
        int article = t.indexOf("Osama Hamdan affirmed");
        int attachment = t.indexOf(ArticleWithPdf.PDF_TEXT);
        assertTrue(article >= 0 && attachment > article, t);
    }

    @Test
    void createdIsUtcWithSecondsAndTheClipsValueStays() {
        assertEquals("2024-03-06T00:00:00Z", TikaDates.utc("2024-03-06"));
        assertEquals("2024-03-06T10:00:00Z", TikaDates.utc("2024-03-06T11:00+01:00"));
        assertEquals("2024-03-07T15:03:10Z", TikaDates.utc("2024-03-07T18:03:10.250+03:00"));
        assertEquals("2024-03-06T10:00:00Z", TikaDates.utc("2024-03-06T10:00"));
        assertEquals(null, TikaDates.utc("March 6"));
    }

    static List<Metadata> rmeta(byte[] message) throws Exception {
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(new AutoDetectParser());
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, -1));
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, "article-with-pdf.eml");
        try (TikaInputStream in = TikaInputStream.get(message)) {
            wrapper.parse(in, handler, md, new ParseContext());
        }
        return handler.getMetadataList();
    }
}
