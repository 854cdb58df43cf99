package dev.mailclip;

import dev.mailclip.article.Article;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.ForwardLayer;
import dev.mailclip.article.Identity;
import dev.mailclip.article.Kind;
import dev.mailclip.article.MailInfo;
import dev.mailclip.mail.Content;
import dev.mailclip.forward.ForwardUnwrapper;
import dev.mailclip.forward.Unwrapped;
import dev.mailclip.mail.Envelope;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.MailSignals;
import dev.mailclip.mail.ParsedMail;
import dev.mailclip.mail.TextDecoder;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.recover.Claim;
import dev.mailclip.recover.ClipContext;
import dev.mailclip.recover.Field;
import dev.mailclip.recover.Findings;
import dev.mailclip.recover.Recovery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The facade: one raw message (or loose clip file) in, one record out. Thread-safe; share one.
 * <p>
 * A message is parsed (MIME, charsets), its forwarded layers are peeled outermost first (attached
 * messages, then forwards inline in the body), and the recognisers read the innermost content.
 */
public final class Mailclip {
    /**
     * HTML saved under a text name. Exported pastes often have every space as a no-break space,
     * inside the tags too, which hides the markup from byte-level detection.
     */
    private static final java.util.regex.Pattern LOOKS_LIKE_HTML = java.util.regex.Pattern.compile(
            "(?i)[\\s\u00a0\ufeff]*<(?:!doctype|html|head|body|div|p|meta|article|section|span|table|h1|blockquote)[\\s\u00a0>]");

    /** Chrome's type for a saved web archive (.mhtml) */
    private static final String WEB_ARCHIVE_TYPE = "application/x-mimearchive";
    private static final String PDF_TYPE = "application/pdf";
    /** a text clip saved to a file: plain text or markdown */
    private static final java.util.regex.Pattern TEXT_CLIP_NAME = java.util.regex.Pattern.compile("\\.(?:txt|text|md|markdown)$");

    private final Limits limits;
    private final MailParser parser;
    private final ForwardUnwrapper unwrapper;
    private final Recovery recovery;

    public Mailclip() {
        this(Limits.DEFAULTS);
    }

    /**
     * @param limits a message over a limit is refused with {@link Limits.Exceeded} (quarantined by the
     *               importer); text and HTML over {@link Limits#maxTextChars()} are cut before
     *               unwrapping and recognition, so the record's text is bounded too
     */
    public Mailclip(Limits limits) {
        this(limits, true);
    }

    /** @param gates false only to test that the gates before the recognisers and the HTML peeler change no record */
    Mailclip(Limits limits, boolean gates) {
        this.limits = limits;
        this.parser = new MailParser(limits);
        this.unwrapper = new ForwardUnwrapper(gates);
        this.recovery = new Recovery(gates);
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Recovers the article from one message, or describes the message when it holds none.
     *
     * @throws UnreadableMessageException when the bytes cannot be made into a record at all
     */
    public Article extract(RawMessage raw) throws UnreadableMessageException {
        if (raw.size() > limits.maxMessageBytes() || raw.bytes().length > limits.maxMessageBytes()) {
            throw Limits.over("message size", Limits.describeBytes(limits.maxMessageBytes()));
        }
        return raw.origin().format() == Origin.Format.MESSAGE ? fromMessage(raw) : fromClipFile(raw);
    }

    /**
     * The id the record of this message will have ({@link Article#id()}), told from its header block alone, so an
     * importer can pass over a message its archive already holds without extracting it. Null when only the
     * extract can tell: bytes over a limit or unreadable, which the extract quarantines.
     */
    public String recordId(RawMessage raw) {
        byte[] bytes = raw.bytes();
        if (bytes.length == 0 || raw.size() > limits.maxMessageBytes() || bytes.length > limits.maxMessageBytes()) {
            return null;
        }
        if (raw.origin().format() != Origin.Format.MESSAGE) {
            return Identity.ofMessage(null, bytes);
        }
        try {
            return Identity.ofMessage(parser.messageId(bytes), bytes);
        } catch (UnreadableMessageException | RuntimeException e) {
            return null;
        }
    }

    private Article fromClipFile(RawMessage raw) throws UnreadableMessageException {
        if (raw.bytes().length == 0) {
            throw new UnreadableMessageException("empty file");
        }
        String decoded = clipText(raw.bytes());
        boolean html = raw.origin().format() == Origin.Format.CLIP_HTML || LOOKS_LIKE_HTML.matcher(decoded).lookingAt();
        Content content = html ? new Content(decoded, null) : new Content(null, decoded);
        Findings findings = recovery.recover(content, ClipContext.LOOSE_FILE);
        MailInfo mail = new MailInfo(null, null, null, null, null, List.of(), null, null, raw.origin().source());
        return article(findings, Kind.ARTICLE, mail, List.of(), List.of(), null)
                .evidence("kind", findings.verdict().kind())
                .id(Identity.ofMessage(null, raw.bytes()))
                .build();
    }

    /** A clip file's text, read like a message body: no more than the text limit (4 bytes a char at most). */
    private String clipText(byte[] bytes) {
        long maxBytes = limits.maxTextChars() * 4L;
        String decoded = TextDecoder.decode(bytes.length > maxBytes ? java.util.Arrays.copyOf(bytes, (int) maxBytes) : bytes,
                null);
        return decoded.length() > limits.maxTextChars() ? decoded.substring(0, limits.maxTextChars()) : decoded;
    }

    private Article fromMessage(RawMessage raw) throws UnreadableMessageException {
        ParsedMail outer = parser.parse(raw.bytes());
        List<ForwardLayer> layers = new ArrayList<>();
        List<Attachment> parts = new ArrayList<>(outer.parts());
        String note = null;
        ParsedMail current = outer;
        Content content;
        while (true) {
            Unwrapped unwrapped = unwrapper.unwrap(current.content(), current.envelope().subject());
            if (unwrapped.layers().isEmpty() && !current.attachedMessages().isEmpty() && layers.size() < limits.maxDepth()) {
                // forwarded as an attachment: the body around it is the forwarder's note
                ParsedMail attached = current.attachedMessages().get(0);
                layers.add(layerOf(attached.envelope()));
                if (note == null) {
                    note = current.content().text();
                }
                parts.addAll(attached.parts());
                current = attached;
                continue;
            }
            layers.addAll(unwrapped.layers());
            if (layers.size() > limits.maxDepth()) {
                throw Limits.over("nesting depth", limits.maxDepth() + " forward layers");
            }
            if (note == null) {
                note = unwrapped.note();
            }
            content = unwrapped.inner();
            break;
        }
        Envelope env = outer.envelope();
        String innerDate = layers.isEmpty() ? null : layers.get(layers.size() - 1).date();
        LocalDate clipDay = innerDate != null ? dayOf(innerDate)
                : env.date() != null ? env.date().toLocalDate() : null;
        String subject = layers.isEmpty() ? env.subject() : layers.get(layers.size() - 1).subject();
        // a forward is the person's own act: the list, reply and bulk marks of the mail around it are not the clip's;
        // but a reply that quotes a forward ("Re: Fwd: …") is a conversation about it, and stays one
        MailSignals signals = layers.isEmpty() || outer.signals().reply() ? outer.signals() : outer.signals().forwarded();
        List<String> senders = new ArrayList<>();
        senders.add(env.from());
        layers.forEach(layer -> senders.add(layer.from()));
        ClipContext context = new ClipContext(clipDay, subject, signals, ClipContext.Source.MESSAGE_BODY, senders);
        Findings findings = recovery.recover(content, context);
        String clipFile = null;
        if (!findings.isArticle()) {
            // a page or a text clip saved to a file and attached: the file is the article, the message's words its note
            AttachedClip attached = attachedClip(parts, context);
            if (attached != null) {
                findings = attached.findings();
                clipFile = attached.name();
                note = content.text() != null ? content.text() : note;
            }
        }
        Origin origin = raw.origin();
        MailInfo mail = new MailInfo(env.messageId(), env.from(), env.to(), env.subject(),
                env.date() == null ? null : env.date().toString(), origin.labels(), origin.folder(),
                origin.threadId(), origin.source());
        String fallbackDate = innerDate != null ? innerDate : mail.date();
        Kind kind = findings.isArticle() ? Kind.ARTICLE : Kind.MAIL;
        Article.Builder b = article(findings, kind, mail, layers, parts, fallbackDate)
                .evidence("kind", findings.verdict().kind())
                .id(Identity.ofMessage(env.messageId(), raw.bytes()));
        if (clipFile != null) {
            b.evidence("attachment", clipFile);
        }
        if (note != null && !note.isBlank()) {
            // the forwarder's words, then those the clip's own sender wrote above it: both kept, outermost first
            String inner = findings.note();
            b.note(inner == null || note.strip().equals(inner) ? note.strip() : note.strip() + "\n\n" + inner);
        }
        return b.build();
    }

    /** An attached file that reads as an article, and its name. */
    private record AttachedClip(Findings findings, String name) {
    }

    /**
     * The first attached file that reads as an article, or null: a page (.html, .htm, a web archive: .mhtml, .mht,
     * or a page printed to PDF), or a text clip (.txt, .md: plain text or markdown) read as the message's body would
     * be, by the same shapes and the same verdict, that names its article's URL.
     */
    private AttachedClip attachedClip(List<Attachment> parts, ClipContext context) {
        for (Attachment part : parts) {
            String name = part.name() == null ? "" : part.name().toLowerCase(java.util.Locale.ROOT);
            boolean archive = WEB_ARCHIVE_TYPE.equals(part.contentType()) || name.endsWith(".mhtml") || name.endsWith(".mht");
            boolean html = "text/html".equals(part.contentType()) || name.endsWith(".html") || name.endsWith(".htm");
            boolean pdf = PDF_TYPE.equals(part.contentType()) || name.endsWith(".pdf");
            boolean text = !html && !archive && TEXT_CLIP_NAME.matcher(name).find();
            if (!html && !archive && !pdf && !text || part.inline() && part.name() == null) {
                continue;
            }
            byte[] bytes = part.bytes();
            Findings found;
            if (pdf) {
                // a PDF's text is bounded by its pages and the text limit, not by its bytes (fonts, images)
                found = bytes == null || bytes.length == 0 ? null : printedPage(bytes, context);
            } else if (bytes == null || bytes.length == 0) {
                found = null;
            } else if (text) {
                found = recovery.recover(new Content(null, clipText(bytes)), context);
                // notes, a CV, a log sent to oneself: a text file is a clip only by its article's URL
                found = found.has(Field.URL) ? found : null;
            } else if (bytes.length > limits.maxTextChars() * 4L) {
                found = null;
            } else {
                Content page = archive ? webArchivePage(bytes) : new Content(TextDecoder.decode(bytes, null), null);
                found = page == null ? null : recovery.recover(page, context.attachedPage());
            }
            if (found != null && found.isArticle()) {
                return new AttachedClip(found, part.name());
            }
        }
        return null;
    }

    /** A web page printed to PDF; null when it cannot be read (or a Tika host lacks PDFBox). */
    private Findings printedPage(byte[] bytes, ClipContext context) {
        try {
            return recovery.recoverPrinted(bytes, context.attachedPage(), limits.maxTextChars());
        } catch (LinkageError e) {
            return null;
        }
    }

    /** The root page of a web archive, its address kept with the parsed page; null when there is none. */
    private Content webArchivePage(byte[] bytes) {
        try {
            MailParser.WebArchive archive = parser.parseWebArchive(bytes);
            if (archive == null || archive.html() == null || archive.html().isBlank()) {
                return null;
            }
            Content content = new Content(archive.html(), null);
            return content.withDocument(Recovery.savedFrom(content.parsedHtml(), archive.location()));
        } catch (UnreadableMessageException e) {
            return null;
        }
    }

    private static Article.Builder article(Findings findings, Kind kind, MailInfo mail, List<ForwardLayer> layers,
                                           List<Attachment> parts, String fallbackDate) {
        Article.Builder b = Article.builder().kind(kind).mail(mail).forwarded(layers).attachments(parts)
                .text(findings.text()).note(findings.note());
        if (kind == Kind.ARTICLE) {
            b.title(findings.value(Field.TITLE)).url(findings.value(Field.URL)).site(findings.value(Field.SITE))
                    .author(findings.value(Field.AUTHOR)).published(findings.value(Field.PUBLISHED))
                    .html(findings.html());
            for (Map.Entry<Field, Claim> e : findings.claims().entrySet()) {
                b.evidence(e.getKey().key(), e.getValue().evidence());
            }
            b.articleKey(Identity.ofArticle(findings.value(Field.URL), findings.text()));
        }
        String published = kind == Kind.ARTICLE ? findings.value(Field.PUBLISHED) : null;
        b.date(published != null ? published : fallbackDate);
        if (published == null && fallbackDate != null) {
            b.evidence("date", fallbackDate.equals(mail.date()) ? "mail:date" : "forwarded:date");
        } else if (published != null) {
            b.evidence("date", "published");
        }
        return b;
    }

    private static ForwardLayer layerOf(Envelope env) {
        return new ForwardLayer(env.from(), env.to(), env.date() == null ? null : env.date().toString(), env.subject());
    }

    /** The day of an ISO date-time as its writer saw it (the offset, if any, is not applied). */
    private static LocalDate dayOf(String iso) {
        try {
            return OffsetDateTime.parse(iso).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(iso).toLocalDate();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso);
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }
}
