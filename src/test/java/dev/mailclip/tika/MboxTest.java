package dev.mailclip.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An mbox is split on bytes and every message comes back through the host as an embedded document. */
class MboxTest {

    @Test
    void eachMessageIsAnEmbeddedDocumentReadByUs(@TempDir Path dir) throws Exception {
        Path mbox = dir.resolve("clips.mbox");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path p : List.of(Hosts.SEED, Hosts.PLAIN)) {
            out.write("From sam@example.com Thu Mar  7 15:03:10 2024\n".getBytes(StandardCharsets.US_ASCII));
            out.write(Files.readAllBytes(p));
            out.write('\n');
        }
        Files.write(mbox, out.toByteArray());

        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, -1));
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, "clips.mbox");
        try (InputStream in = Files.newInputStream(mbox)) {
            new RecursiveParserWrapper(new AutoDetectParser()).parse(in, handler, md, new ParseContext());
        }
        List<Metadata> docs = handler.getMetadataList();
        Metadata container = docs.get(0);
        List<String> parsedBy = Arrays.asList(container.getValues(TikaCoreProperties.TIKA_PARSED_BY));
        assertTrue(parsedBy.contains(MailclipParser.class.getName()), parsedBy.toString());
        assertFalse(parsedBy.stream().anyMatch(n -> n.endsWith("MboxParser")), parsedBy.toString());

        Metadata article = docs.stream().filter(d -> "article".equals(d.get("mailclip:kind"))).findFirst().orElseThrow();
        assertEquals("Any aimless negotiations will not continue: Hamdan to Al Mayadeen", article.get(TikaCoreProperties.TITLE));
        assertEquals("1", article.get("mailclip:mbox:index"));
        Metadata mail = docs.stream().filter(d -> "mail".equals(d.get("mailclip:kind"))).findFirst().orElseThrow();
        assertEquals("Ana Lima <ana.lima@example.org>", mail.get("Message-From"));
        // 8-bit UTF-8 survives the split, and the attachment of message 2 is a document of its own
        assertTrue(mail.get(TikaCoreProperties.TIKA_CONTENT).contains("café"), mail.get(TikaCoreProperties.TIKA_CONTENT));
        assertTrue(docs.stream().anyMatch(d -> String.valueOf(d.get(TikaCoreProperties.TIKA_CONTENT)).contains("budget approved")
                && d != mail));
        // the mbox, the article and its inline image (handed over as RFC822Parser would), the mail and its attachment
        assertEquals(5, docs.size(), docs.toString());
    }
}
