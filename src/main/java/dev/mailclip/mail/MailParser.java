package dev.mailclip.mail;

import dev.mailclip.mailbox.RawHeaders;
import dev.mailclip.OneLine;
import dev.mailclip.Limits;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.article.Attachment;
import dev.mailclip.mail.Content;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Parses the bytes of one message with Jakarta Mail (Angus): envelope, the readable body, inline
 * images, attachments, and attached messages. All decoding (charsets, quoted-printable, base64,
 * RFC 2047/2231, format=flowed) happens here, once. Lenient: a truncated or malformed message
 * gives what can be read.
 */
public final class MailParser {
    /** Headers of which at least one must be present for the bytes to count as a message. */
    private static final Set<String> MESSAGE_HEADERS = Set.of("from", "date", "subject", "message-id", "to",
            "received", "mime-version", "content-type", "return-path", "delivered-to", "sender", "cc");
    /** what the mail signals read of a message's headers */
    private static final NamedHeaders SIGNAL_HEADERS = new NamedHeaders(MailSignals.HEADERS);

    private final Session session;
    private final Limits limits;

    public MailParser() {
        this(Limits.DEFAULTS);
    }

    /**
     * @param limits a message over {@link Limits#maxHeaderBytes()}, {@link Limits#maxParts()} or
     *               {@link Limits#maxDepth()} is refused with {@link Limits.Exceeded}; text and HTML
     *               bodies are cut at {@link Limits#maxTextChars()}
     */
    public MailParser(Limits limits) {
        this.limits = limits;
        Properties p = new Properties();
        p.setProperty("mail.mime.address.strict", "false");
        p.setProperty("mail.mime.decodetext.strict", "false");
        p.setProperty("mail.mime.parameters.strict", "false");
        p.setProperty("mail.mime.allowutf8", "true");
        p.setProperty("mail.mime.decodefilename", "true");
        p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        p.setProperty("mail.mime.multipart.allowempty", "true");
        p.setProperty("mail.mime.base64.ignoreerrors", "true");
        p.setProperty("mail.mime.ignoreunknownencoding", "true");
        p.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        session = Session.getInstance(p);
    }

    public ParsedMail parse(byte[] bytes) throws UnreadableMessageException {
        return parse(bytes, 0, new int[1]);
    }

    /** @param seen MIME parts counted so far in the outermost message, attached messages included */
    private ParsedMail parse(byte[] bytes, int depth, int[] seen) throws UnreadableMessageException {
        try {
            MimeMessage message = opened(bytes);
            Walk walk = new Walk(seen);
            walk.visit(message, depth);
            MailSignals signals = MailSignals.of(SIGNAL_HEADERS.of(message), walk.calendar);
            return new ParsedMail(envelope(message), new Content(walk.html, walk.text), walk.parts, walk.attached,
                    signals);
        } catch (Limits.Exceeded e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMessageException("cannot parse MIME: " + OneLine.of(e), e);
        }
    }

    /**
     * The outer message's Message-ID as {@link #parse} reads it into the envelope, from the header block alone
     * (the body is not read); null when it has none.
     *
     * @throws UnreadableMessageException where {@link #parse} would refuse the bytes for their header block
     */
    public String messageId(byte[] bytes) throws UnreadableMessageException {
        try {
            return trimToNull(opened(bytes).getHeader("Message-ID", null));
        } catch (MessagingException | RuntimeException e) {
            throw new UnreadableMessageException("cannot parse MIME: " + OneLine.of(e), e);
        }
    }

    /**
     * The message read in place (the header block from the array, the body and every part without copying them),
     * once its header block passes the checks every reading makes.
     */
    private MimeMessage opened(byte[] bytes) throws UnreadableMessageException, MessagingException {
        if (bytes.length == 0) {
            throw new UnreadableMessageException("empty input");
        }
        if (RawHeaders.length(bytes) > limits.maxHeaderBytes()) {
            throw Limits.over("header size", Limits.describeBytes(limits.maxHeaderBytes()));
        }
        MimeMessage message = new InPlaceMessage(session, bytes);
        if (!hasMessageHeader(message)) {
            throw new UnreadableMessageException("not an email: no message header found");
        }
        return message;
    }

    /**
     * The page of a saved web archive ({@code .mhtml}, {@code .mht}: RFC 2557 {@code multipart/related}):
     * its root HTML part, decoded and cut at the text limit like a message body, and the address it was
     * saved from (the root part's {@code Content-Location}, else the archive's
     * {@code Snapshot-Content-Location}).
     *
     * @return null when the archive holds no HTML part
     */
    public WebArchive parseWebArchive(byte[] bytes) throws UnreadableMessageException {
        if (bytes.length == 0 || RawHeaders.length(bytes) > limits.maxHeaderBytes()) {
            return null;
        }
        try {
            MimeMessage archive = new InPlaceMessage(session, bytes);
            Part root = htmlRoot(archive, 0, new int[1]);
            if (root == null) {
                return null;
            }
            String location = root instanceof MimePart mp ? header(mp, "Content-Location") : null;
            if (location == null || location.isBlank()) {
                location = header(archive, "Snapshot-Content-Location");
            }
            return new WebArchive(decodeTextPart(root, contentType(root)), location == null ? null : location.strip());
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMessageException("cannot parse web archive: " + OneLine.of(e), e);
        }
    }

    /** @param html the root page's HTML; @param location the address it was saved from, or null */
    public record WebArchive(String html, String location) {
    }

    /** The archive's root: the part its {@code start} parameter names, else the first HTML part. */
    private Part htmlRoot(Part part, int depth, int[] seen) throws MessagingException, IOException {
        if (depth > limits.maxDepth() || ++seen[0] > limits.maxParts()) {
            return null;
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.equals("text/html")) {
            return part;
        }
        if (!base.startsWith("multipart/") || !(part.getContent() instanceof Multipart multipart)) {
            return null;
        }
        String start = type.getParameter("start");
        for (int i = 0; start != null && i < multipart.getCount() && i < limits.maxParts(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            String cid = child instanceof MimePart mp ? mp.getContentID() : null;
            if (cid != null && cid.strip().equals(start.strip())
                    && contentType(child).getBaseType().equalsIgnoreCase("text/html")) {
                return child;
            }
        }
        for (int i = 0; i < multipart.getCount() && seen[0] <= limits.maxParts(); i++) {
            Part found = htmlRoot(multipart.getBodyPart(i), depth + 1, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean hasMessageHeader(MimeMessage message) throws MessagingException {
        Enumeration<jakarta.mail.Header> headers = message.getAllHeaders();
        while (headers.hasMoreElements()) {
            if (MESSAGE_HEADERS.contains(headers.nextElement().getName().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Envelope envelope(MimeMessage m) throws MessagingException {
        String subject;
        try {
            subject = m.getSubject();
        } catch (MessagingException e) {
            subject = m.getHeader("Subject", null);
        }
        return new Envelope(trimToNull(m.getHeader("Message-ID", null)), addresses(m, "From"), addresses(m, "To"),
                trimToNull(subject), MailDates.parse(m.getHeader("Date", null)));
    }

    private static String header(MimePart m, String name) {
        try {
            String value = m.getHeader(name, ", ");
            return value == null ? null : MimeUtility.unfold(value);
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String addresses(MimeMessage m, String header) throws MessagingException {
        String raw = m.getHeader(header, ", ");
        if (raw == null) {
            return null;
        }
        try {
            Address[] parsed = InternetAddress.parseHeader(raw, false);
            List<String> out = new ArrayList<>();
            for (Address a : parsed) {
                out.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
            }
            return out.isEmpty() ? decodeText(raw) : String.join(", ", out);
        } catch (MessagingException | RuntimeException e) {
            return decodeText(raw);
        }
    }

    private static String decodeText(String raw) {
        try {
            return trimToNull(MimeUtility.decodeText(MimeUtility.unfold(raw)));
        } catch (IOException | RuntimeException e) {
            return trimToNull(raw);
        }
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }


    /** One depth-first walk over the MIME tree of a message, collecting what a record needs. */
    private final class Walk {
        private final int[] seen;
        String html;
        String text;
        boolean calendar;
        final List<Attachment> parts = new ArrayList<>();
        final List<ParsedMail> attached = new ArrayList<>();

        Walk(int[] seen) {
            this.seen = seen;
        }

        /** @param depth MIME levels from the outermost message: multiparts and attached messages alike */
        void visit(Part part, int depth) throws MessagingException, IOException, UnreadableMessageException {
            if (depth > limits.maxDepth()) {
                throw Limits.over("nesting depth", limits.maxDepth() + " levels");
            }
            if (++seen[0] > limits.maxParts()) {
                throw Limits.over("MIME parts", limits.maxParts() + " parts");
            }
            ContentType type = contentType(part);
            String base = type.getBaseType().toLowerCase(Locale.ROOT);
            // each read of a part's name or disposition parses its header again: read once, handed on
            String name = fileName(part);
            boolean asAttachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
            boolean attachment = asAttachment && name != null;
            calendar |= base.equals("text/calendar") || base.equals("application/ics");
            if (base.startsWith("multipart/")) {
                Multipart multipart = depth > 0 && wholeEncoding(part) != null ? null : multipart(part, depth);
                if (multipart == null) {
                    // a file of a multipart type attached whole (a web archive: .mhtml), or a broken level: its
                    // bytes stay an attachment rather than the message being lost
                    parts.add(attachmentOf(part, base, name, asAttachment));
                    return;
                }
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    visit(child, depth + 1);
                }
            } else if (base.equals("message/rfc822") || isEmlFile(name)) {
                try {
                    attached.add(parse(messageBytes(part), depth + 1, seen));
                } catch (Limits.Exceeded e) {
                    throw e;
                } catch (UnreadableMessageException e) {
                    parts.add(attachmentOf(part, base, name, asAttachment));
                }
            } else if (base.equals("text/html") && html == null && !attachment) {
                html = decodeTextPart(part, type);
            } else if (base.equals("text/plain") && text == null && !attachment) {
                text = decodeTextPart(part, type);
            } else if (!base.startsWith("text/") || attachment || name != null) {
                // a text file beside the body, attached or inline (Apple Mail shows files inline), is a file
                parts.add(attachmentOf(part, base, name, asAttachment));
            }
        }

        /**
         * The parts of a multipart level, parsed; null for a level inside the message that cannot be parsed
         * (no start boundary, no parts). The message's own level that cannot be parsed makes it unreadable.
         */
        private Multipart multipart(Part part, int depth) throws MessagingException, IOException {
            try {
                if (part.getContent() instanceof Multipart multipart) {
                    multipart.getCount(); // parses it
                    return multipart;
                }
                return null;
            } catch (MessagingException | IOException e) {
                if (depth == 0) {
                    throw e;
                }
                return null;
            }
        }

        /** @param asAttachment whether the part's disposition is attachment (else it is inline, or says nothing) */
        private Attachment attachmentOf(Part part, String base, String name, boolean asAttachment)
                throws MessagingException, IOException {
            String cid = part instanceof MimePart mp ? mp.getContentID() : null;
            if (cid != null) {
                cid = cid.trim();
                if (cid.startsWith("<") && cid.endsWith(">")) {
                    cid = cid.substring(1, cid.length() - 1);
                }
            }
            boolean wholeType = base.startsWith("multipart/") || base.startsWith("message/");
            return new Attachment(name, base, cid, !asAttachment,
                    new DecodedOnce(part, wholeType, wholeType ? wholeEncoding(part) : null));
        }
    }

    private static boolean isEmlFile(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".eml");
    }

    private static ContentType contentType(Part part) {
        try {
            return new ContentType(part.getContentType());
        } catch (Exception e) {
            return new ContentType("text", "plain", null);
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** At most {@code max} decoded bytes of a part: enough for its text limit in any charset. */
    private static byte[] head(Part part, long max) throws IOException, MessagingException {
        int limit = (int) Math.min(max, Integer.MAX_VALUE - 16);
        // quoted-printable is at most 3 bytes per decoded byte plus soft breaks, base64 4 per 3
        RawBody raw = RawBody.of(part, 4L * limit);
        if (raw == null) {
            try (InputStream in = part.getInputStream()) {
                return in.readNBytes(limit);
            }
        }
        return raw.decode(((MimePart) part).getEncoding(), limit);
    }

    private static byte[] bytes(Part part) throws IOException, MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * The bytes of an attached message. Outlook base64-encodes message/rfc822 parts, which RFC 2045
     * forbids and Angus therefore ignores (a JVM-wide switch): the encoding is undone here.
     */
    private static byte[] messageBytes(Part part) throws IOException, MessagingException {
        String encoding = wholeEncoding(part);
        if (encoding != null && part instanceof MimeBodyPart) {
            return RawBody.of(part, Integer.MAX_VALUE - 16).decode(encoding, Integer.MAX_VALUE - 16);
        }
        return bytes(part);
    }

    /**
     * The base64 or quoted-printable encoding a part declares, or null. Angus ignores it on a multipart or an
     * attached message (RFC 2045 allows none there; a JVM-wide switch), but clients encode both: a message
     * Outlook attaches, a web archive attached as a file.
     */
    private static String wholeEncoding(Part part) {
        try {
            String[] cte = part.getHeader("Content-Transfer-Encoding");
            String encoding = cte == null || cte.length == 0 ? "" : cte[0].trim().toLowerCase(Locale.ROOT);
            return encoding.equals("base64") || encoding.equals("quoted-printable") ? encoding : null;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** Decodes a text body, cut at the text limit so that what reads it later is bounded. */
    private String decodeTextPart(Part part, ContentType type) throws MessagingException, IOException {
        String decoded = TextDecoder.decode(head(part, limits.maxTextChars() * 4L), type.getParameter("charset"));
        if (decoded.length() > limits.maxTextChars()) {
            decoded = decoded.substring(0, limits.maxTextChars());
        }
        if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            decoded = FlowedText.unflow(decoded, "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        return decoded;
    }
}
