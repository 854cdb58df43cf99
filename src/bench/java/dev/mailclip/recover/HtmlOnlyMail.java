package dev.mailclip.recover;

import dev.mailclip.bench.BenchMail;
import dev.mailclip.forward.ForwardUnwrapper;
import dev.mailclip.forward.PeelTiming;
import dev.mailclip.mail.Content;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;

import java.util.ArrayList;
import java.util.List;

/**
 * What the html-only and warm-cpu stages time: a message whose only body is HTML and holds no forward, as the
 * recovery gets it (the HTML, and the context the facade gives a message's own body). Bench code, never in the jar.
 */
record HtmlOnlyMail(String html, ClipContext context) {
    /** The mailbox's messages of that kind, in its order. */
    static List<HtmlOnlyMail> of(List<byte[]> messages) {
        MailParser parser = new MailParser();
        ForwardUnwrapper unwrapper = new ForwardUnwrapper();
        List<HtmlOnlyMail> found = new ArrayList<>();
        for (byte[] bytes : messages) {
            ParsedMail mail = BenchMail.parse(parser, bytes);
            if (mail == null) {
                continue; // quarantined by the importer
            }
            Content content = mail.content();
            String subject = mail.envelope().subject();
            if (content.hasHtml() && !content.hasText() && !PeelTiming.forwardSubject(subject)
                    && unwrapper.unwrap(content, subject).layers().isEmpty()) {
                found.add(new HtmlOnlyMail(content.html(), BenchMail.bodyContext(mail)));
            }
        }
        return found;
    }
}
