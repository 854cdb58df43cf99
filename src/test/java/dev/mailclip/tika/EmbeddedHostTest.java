package dev.mailclip.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An application embedding Tika, with Tika's mail module on its classpath, gets our parser for mail. */
class EmbeddedHostTest {

    @Test
    void defaultParserPicksOursOverTikasOwn() {
        AutoDetectParser adp = new AutoDetectParser();
        ParseContext ctx = new ParseContext();
        for (String type : List.of("message/rfc822", "application/mbox")) {
            Parser chosen = adp;
            while (chosen instanceof CompositeParser composite) {
                chosen = composite.getParsers(ctx).get(MediaType.parse(type));
            }
            assertEquals(MailclipParser.class, chosen == null ? null : chosen.getClass(), type);
        }
        assertFalse(MailclipParser.class.getName().startsWith("org.apache.tika."));
        assertFalse(new MailclipParser().getSupportedTypes(ctx).contains(MediaType.TEXT_HTML));
    }

    @Test
    void seedEmailComesOutAsTheArticle() throws Exception {
        Hosts.Parsed r = Hosts.autoDetect(Hosts.SEED);
        Metadata md = r.metadata();
        assertEquals("Any aimless negotiations will not continue: Hamdan to Al Mayadeen", md.get(TikaCoreProperties.TITLE));
        assertTrue(md.get(TikaCoreProperties.SOURCE).startsWith("https://english.almayadeen.net/news/politics/any-aimless"));
        assertEquals(md.get(TikaCoreProperties.SOURCE), md.get(TikaCoreProperties.IDENTIFIER));
        assertEquals("2024-03-06T00:00:00Z", md.get(TikaCoreProperties.CREATED));
        assertEquals("Al Mayadeen English", md.get(TikaCoreProperties.PUBLISHER));
        assertEquals("article", md.get("mailclip:kind"));
        assertEquals("2024-03-06", md.get("mailclip:published"));
        assertEquals("reader-view:h1", md.get("mailclip:evidence:title"));
        assertTrue(Arrays.asList(md.getValues(TikaCoreProperties.TIKA_PARSED_BY)).contains(MailclipParser.class.getName()));
        assertTrue(r.text().contains("Osama Hamdan affirmed that any negotiations"), r.text());
    }

    @Test
    void articleKeepsTheEnvelopeKeysOfTikasOwnParser() throws Exception {
        Metadata ours = Hosts.autoDetect(Hosts.SEED).metadata();
        Metadata tikas = Hosts.rfc822(Hosts.SEED).metadata();
        // the article's own title and date replace the subject and the mail date; the name is the host's
        List<String> replaced = List.of(TikaCoreProperties.TITLE.getName(), TikaCoreProperties.CREATED.getName(),
                TikaCoreProperties.RESOURCE_NAME_KEY);
        int compared = 0;
        for (String name : tikas.names()) {
            if (!replaced.contains(name)) {
                assertEquals(Arrays.asList(tikas.getValues(name)), Arrays.asList(ours.getValues(name)), name);
                compared++;
            }
        }
        assertTrue(compared >= 8, "envelope keys compared: " + compared);
        assertEquals("Sam Reader <sam.reader@gmail.com>", ours.get("Message-From"));
    }

    @Test
    void articleXhtmlHasTheTitleAsH1AndTheLink() throws Exception {
        ToXMLContentHandler xml = new ToXMLContentHandler();
        Metadata md = new Metadata();
        md.set(TikaCoreProperties.RESOURCE_NAME_KEY, "seed-001.eml");
        try (InputStream in = Files.newInputStream(Hosts.SEED)) {
            new AutoDetectParser().parse(in, xml, md, new ParseContext());
        }
        String x = xml.toString();
        assertTrue(x.contains("<h1>Any aimless negotiations will not continue: Hamdan to Al Mayadeen</h1>"), x);
        assertTrue(x.contains("<a href=\"https://english.almayadeen.net/news/politics/any-aimless"), x);
        assertTrue(x.contains("<p>"), x);
        assertFalse(x.contains("<script"), x);
    }

    @Test
    void ordinaryMailIsWhatTikasOwnParserMakesOfIt() throws Exception {
        Hosts.Parsed ours = Hosts.autoDetect(Hosts.PLAIN);
        Hosts.Parsed tikas = Hosts.rfc822(Hosts.PLAIN);
        for (String name : tikas.metadata().names()) {
            assertEquals(Arrays.asList(tikas.metadata().getValues(name)),
                    Arrays.asList(ours.metadata().getValues(name)), name);
        }
        for (String name : ours.metadata().names()) {
            boolean ownOrHost = name.startsWith("mailclip:") || name.startsWith("X-TIKA:")
                    || name.equals(Metadata.CONTENT_TYPE);
            assertTrue(ownOrHost || tikas.metadata().get(name) != null, "extra key " + name);
        }
        assertEquals("mail", ours.metadata().get("mailclip:kind"));
        assertNull(ours.metadata().get(TikaCoreProperties.SOURCE));
        assertEquals(tikas.text(), ours.text());
        // the attachment was still parsed as an embedded document
        assertTrue(ours.text().contains("budget approved"), ours.text());
        assertTrue(ours.text().contains("café"), ours.text());
    }
}
