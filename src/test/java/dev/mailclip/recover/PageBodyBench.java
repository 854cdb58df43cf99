package dev.mailclip.recover;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mailclip.article.Attachment;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * scripts/bench-body.sh: for every .eml given, the whole page it carries (an attached .html, else the
 * HTML body) through {@link PageBody} and through Readability4J, one JSON line per message on stdout:
 * {@code {"file", "pagebody", "readability4j", "pagebody_ms", "readability4j_ms"}}. The script scores them.
 */
public final class PageBodyBench {
    private PageBodyBench() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        MailParser parser = new MailParser();
        for (String arg : args) {
            Path file = Path.of(arg);
            ParsedMail mail = parser.parse(Files.readAllBytes(file));
            Document page = page(mail);
            ObjectNode line = json.createObjectNode().put("file", file.getFileName().toString());
            if (page == null) {
                System.out.println(line.put("error", "no page"));
                continue;
            }
            PageMetadata meta = PageMetadata.read(page, mail.envelope().date() == null ? null
                    : mail.envelope().date().toLocalDate());
            ObjectNode m = line.putObject("meta");
            meta.found().forEach((field, claim) -> m.put(field, claim.value() + "  <" + claim.evidence() + ">"));
            long t0 = System.nanoTime();
            String ours = PageBody.extract(page).map(PageBody.Body::text).orElse("");
            long t1 = System.nanoTime();
            String theirs;
            try {
                // Readability4J changes the document it is given: it gets its own copy
                theirs = new Readability4J("https://example.invalid/", page.clone()).parse().getTextContent();
            } catch (RuntimeException | LinkageError e) {
                theirs = "";
                line.put("readability4j_error", e.toString());
            }
            long t2 = System.nanoTime();
            line.put("pagebody", ours).put("readability4j", theirs == null ? "" : theirs)
                    .put("pagebody_ms", (t1 - t0) / 1_000_000).put("readability4j_ms", (t2 - t1) / 1_000_000);
            System.out.println(line);
        }
    }

    /** The saved page a message carries: an attached .html/.htm/.mhtml file, else its HTML body. */
    static Document page(ParsedMail mail) {
        for (Attachment a : mail.parts()) {
            String name = a.name() == null ? "" : a.name().toLowerCase(Locale.ROOT);
            String type = a.contentType() == null ? "" : a.contentType().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html") || name.endsWith(".htm") || type.startsWith("text/html")) {
                try {
                    return Jsoup.parse(new ByteArrayInputStream(a.bytes()), null, "");
                } catch (java.io.IOException e) {
                    return null;
                }
            }
        }
        String html = mail.content().html();
        return html == null ? null : Jsoup.parse(html);
    }
}
