package dev.mailclip.recover;

import dev.mailclip.bench.BenchMail;
import dev.mailclip.mail.Base64Timing;
import dev.mailclip.mail.Content;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;
import dev.mailclip.Mailclip;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * For the bench's {@code warm-cpu} stage: the steps an optimisation of one session touched, each timed in CPU time of
 * this thread, best of all passes (a machine's neighbours move wall time by 15 % from one minute to the next; the
 * best pass of the thread's own time moves by a few): the MIME parse of every message, the whole extract of every
 * message, the verdict's phrase tests on every text body, the recovery of the HTML-only
 * bodies with no forward (their HTML parsed before) and each HTML recogniser's and the text's share of it, a saved
 * page's metadata read off those that are whole pages, and the base64 bodies of the mailbox decoded by
 * {@code mail/Base64Body} and by Angus's stream. Run two builds alternately to compare them.
 */
public final class WarmCpuStage {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private WarmCpuStage() {
    }

    public static void run(Path mbox, int passes) throws Exception {
        List<byte[]> messages = BenchMail.messages(mbox);
        MailParser parser = new MailParser();
        List<Content> htmlOnly = new ArrayList<>();
        List<ClipContext> contexts = new ArrayList<>();
        List<Document> wholePages = new ArrayList<>();
        for (HtmlOnlyMail mail : HtmlOnlyMail.of(messages)) {
            Content parsed = new Content(mail.html(), null);
            parsed = parsed.withDocument(parsed.parsedHtml());
            htmlOnly.add(parsed);
            contexts.add(mail.context());
            if (SavedPageRecogniser.wholePage(parsed.document())) {
                wholePages.add(parsed.document());
            }
        }
        List<byte[]> base64 = base64Bodies(messages);
        List<String> texts = new ArrayList<>();
        List<RawMessage> raws = new ArrayList<>();
        for (byte[] bytes : messages) {
            ParsedMail mail = BenchMail.parse(parser, bytes);
            if (mail != null && mail.content().text() != null) {
                texts.add(mail.content().text());
            }
            raws.add(new RawMessage(bytes, Origin.file("bench", Origin.Format.MESSAGE)));
        }
        Mailclip mailclip = new Mailclip();
        Recovery recovery = new Recovery();
        List<HtmlRecogniser> recognisers = recovery.htmlRecognisers();
        Map<String, Double> best = new LinkedHashMap<>();
        for (int pass = 0; pass < passes; pass++) {
            long t = CPU.getCurrentThreadCpuTime();
            for (byte[] bytes : messages) {
                BenchMail.parse(parser, bytes);
            }
            t = keep(best, "MIME parse, a message", t, messages.size());
            for (RawMessage raw : raws) {
                try {
                    mailclip.extract(raw);
                } catch (Exception e) {
                    // quarantined by an import: timed all the same
                }
            }
            t = keep(best, "the whole extract, a message (Mailclip.extract)", t, raws.size());
            for (String text : texts) {
                new Verdict.Body(() -> 0, text).unlikeClip();
            }
            t = keep(best, "the verdict's phrase tests, a text body", t, texts.size());
            for (int i = 0; i < htmlOnly.size(); i++) {
                recovery.recover(htmlOnly.get(i), contexts.get(i));
            }
            keep(best, "recovery of an HTML-only body", t, htmlOnly.size());
            for (HtmlRecogniser r : recognisers) {
                t = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < htmlOnly.size(); i++) {
                    r.recognise(htmlOnly.get(i).document(), contexts.get(i), new Findings());
                }
                keep(best, "  " + r.getClass().getSimpleName(), t, htmlOnly.size());
            }
            t = CPU.getCurrentThreadCpuTime();
            for (Content c : htmlOnly) {
                HtmlText.tidy(HtmlOnlyText.of(c.document()));
            }
            t = keep(best, "  the HTML's text (HtmlOnlyText, tidy)", t, htmlOnly.size());
            for (Document page : wholePages) {
                PageMetadata.read(page, null);
            }
            t = keep(best, "a whole page's metadata (PageMetadata.read)", t, wholePages.size());
            Base64Timing.mailclip(base64);
            t = keep(best, "a base64 body decoded (Base64Body)", t, base64.size());
            Base64Timing.angus(base64);
            keep(best, "a base64 body decoded (Angus's stream)", t, base64.size());
        }
        System.out.printf(Locale.ROOT, "%d messages, %d HTML-only with no forward, %d of them whole pages, %d base64 "
                + "bodies; µs of this thread's CPU, best of %d passes:%n", messages.size(), htmlOnly.size(),
                wholePages.size(), base64.size(), passes);
        best.forEach((step, us) -> System.out.printf(Locale.ROOT, "  %-50s %8.1f%n", step, us));
    }

    /** Keeps the best time a unit of this step; returns the CPU clock now. */
    private static long keep(Map<String, Double> best, String step, long since, int units) {
        long now = CPU.getCurrentThreadCpuTime();
        best.merge(step, (now - since) / 1e3 / Math.max(1, units), Math::min);
        return now;
    }

    /** The raw bytes of every base64-encoded leaf part of the mailbox, as plain Jakarta Mail finds them. */
    private static List<byte[]> base64Bodies(List<byte[]> messages) {
        Session session = Session.getInstance(new Properties());
        List<byte[]> bodies = new ArrayList<>();
        for (byte[] bytes : messages) {
            try {
                collect(new MimeMessage(session, new ByteArrayInputStream(bytes)), bodies);
            } catch (Exception e) {
                // a message plain Jakarta Mail cannot walk: none of its bodies
            }
        }
        return bodies;
    }

    private static void collect(Part part, List<byte[]> bodies) throws Exception {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, bodies);
            }
        } else if (part instanceof MimeBodyPart body && "base64".equalsIgnoreCase(body.getEncoding())) {
            bodies.add(body.getRawInputStream().readAllBytes());
        } else if (part instanceof MimeMessage message && "base64".equalsIgnoreCase(message.getEncoding())) {
            bodies.add(message.getRawInputStream().readAllBytes());
        }
    }
}
