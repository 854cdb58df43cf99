package dev.mailclip.tika;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.sax.BodyContentHandler;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What an embedding host does: AutoDetectParser over the test classpath (Tika's mail module included). */
final class Hosts {
    static final Path SEED = Path.of("fixtures/seeds/seed-001.eml");
    static final Path PLAIN = Path.of("fixtures/tika/plain-mail.eml");

    private Hosts() {
    }

    /** One document's metadata and body text. */
    record Parsed(Metadata metadata, String text) {
    }

    static Parsed autoDetect(Path file) throws Exception {
        return parse(new AutoDetectParser(), file, true);
    }

    /** Tika's own RFC822Parser alone, embedded parts parsed by AutoDetectParser as a host would. */
    static Parsed rfc822(Path file) throws Exception {
        return parse(new RFC822Parser(), file, false);
    }

    static Parsed parse(Parser parser, Path file, boolean named) throws Exception {
        Metadata md = new Metadata();
        if (named) {
            md.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        }
        ParseContext ctx = new ParseContext();
        ctx.set(Parser.class, new AutoDetectParser());
        BodyContentHandler body = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, body, md, ctx);
        }
        return new Parsed(md, body.toString());
    }
}
