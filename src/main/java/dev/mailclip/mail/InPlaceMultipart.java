package dev.mailclip.mail;

import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataSource;
import jakarta.activation.MimeType;
import jakarta.activation.MimeTypeParseException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A multipart split in place: where Jakarta Mail's {@code MimeMultipart.parse} finds the parts of a body in memory with
 * a stream read a byte at a time (a synchronized {@code read()}, a {@code mark} and a copy of the delimiter's length at
 * each step of its search), this finds them in the array ({@link MultipartSplit}) and makes each part with its header
 * block read in place ({@link InPlaceBodyPart}). The parts, their headers, contents and preamble are the ones Jakarta
 * Mail makes ({@code InPlaceMultipartTest}); a body it cannot split so (no delimiter line, a closing one missing, a
 * content transfer encoding over it, Jakarta Mail's parsing properties set) Jakarta Mail parses itself.
 */
final class InPlaceMultipart extends MimeMultipart {
    /** Jakarta Mail's handler of multipart content, which makes a {@code MimeMultipart} of the part's data source */
    private static final String MULTIPART_HANDLER = "org.eclipse.angus.mail.handlers.multipart_mixed";
    /**
     * Jakarta Mail's properties that change how a multipart is read, or how it is kept: with any of them set, it reads
     * every multipart itself. ({@code mail.mime.allowutf8} makes its line reader try UTF-8 for the preamble,
     * {@code mail.mime.ignorewhitespacelines} ends a part's header block at a blank-looking line.)
     */
    private static final boolean JAKARTA_DEFAULTS = java.util.stream.Stream.of("mail.mime.cachemultipart",
            "mail.mime.allowutf8", "mail.mime.multipart.ignoreexistingboundaryparameter", "mail.mime.ignorewhitespacelines")
            .allMatch(name -> System.getProperty(name) == null);

    private InPlaceMultipart(DataSource source) throws MessagingException {
        super(source);
    }

    /**
     * The multipart Jakarta Mail's {@code getContent} would make of the part, to be split in place; null when it would
     * make something else, or keep nothing (then the part's own {@code getContent} decides).
     */
    private static InPlaceMultipart of(MimePart part) throws MessagingException {
        if (!JAKARTA_DEFAULTS || !handledAsMultipart(part.getContentType())) {
            return null;
        }
        return new InPlaceMultipart(new MimePartDataSource(part));
    }

    /**
     * For a part's {@code getContent}, where it has nothing cached: the multipart Jakarta Mail would make of it ({@link
     * #of}), cached and then parsed, as Jakarta Mail caches and parses one (cached first: a parse that fails leaves it
     * cached, unparsed); nothing when there is none.
     */
    static void cacheAndParse(MimePart part, java.util.function.Consumer<Object> cache) throws MessagingException {
        InPlaceMultipart multipart = of(part);
        if (multipart != null) {
            cache.accept(multipart);
            multipart.parse();
        }
    }

    /** Whether the part's DataHandler would give its content to Jakarta Mail's multipart handler (its base type as it reads it). */
    private static boolean handledAsMultipart(String contentType) {
        if (contentType == null || !contentType.regionMatches(true, 0, "multipart/", 0, 10)) {
            return false; // "multipart/*" is the handler's only entry: no other type reaches it
        }
        String base;
        try {
            base = new MimeType(contentType).getBaseType();
        } catch (MimeTypeParseException e) {
            base = contentType;
        }
        DataContentHandler handler = CommandMap.getDefaultCommandMap().createDataContentHandler(base);
        return handler != null && handler.getClass().getName().equals(MULTIPART_HANDLER);
    }

    @Override
    protected synchronized void parse() throws MessagingException {
        if (parsed) {
            return;
        }
        MultipartSplit split = null;
        InPlaceMessage.Bytes bytes = null;
        byte[] delimiter = delimiter();
        if (delimiter != null) {
            try {
                InputStream in = ds.getInputStream();
                if (in instanceof InPlaceMessage.Bytes b) {
                    bytes = b;
                    split = MultipartSplit.of(b.array(), b.at(), b.end(), delimiter);
                }
            } catch (Exception e) {
                split = null; // Jakarta Mail's parse meets the same, and says so its way
            }
        }
        if (split == null) {
            super.parse();
            return;
        }
        if (split.preamble() != null) {
            setPreamble(split.preamble());
        }
        parsed = true; // first: adding a part parses what is not yet parsed
        try {
            for (int[] part : split.parts()) {
                addBodyPart(new InPlaceBodyPart(bytes.slice(part[0], part[1])));
            }
        } catch (MessagingException | RuntimeException e) {
            // a part Jakarta Mail cannot make (a fold before its first header): its parse leaves the parts made so far
            // added and the multipart unparsed, to be parsed (and added to) again
            parsed = false;
            throw e;
        }
    }

    /** "--" and the boundary parameter, when it is ASCII (as Jakarta Mail compares it, byte for byte); else null. */
    private byte[] delimiter() {
        try {
            String boundary = new ContentType(contentType).getParameter("boundary");
            if (boundary == null || !StandardCharsets.US_ASCII.newEncoder().canEncode(boundary)) {
                return null;
            }
            return ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        } catch (MessagingException e) {
            return null;
        }
    }
}
