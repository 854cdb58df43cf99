package dev.mailclip.mailbox;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Decides what an input file is from its first bytes, with Tika's magic (the file name is only a
 * hint, used when the bytes allow more than one answer). Gzip files are looked into.
 */
public final class InputDetector {

    /** What an input holds. */
    public enum Kind {
        /** many messages in one file: mboxo, mboxrd, mboxcl2, Gmail Takeout */
        MBOX,
        /** one message or one loose clip; {@link Detection#format} says which */
        SINGLE,
        /** a directory: Maildir, Maildir++ or a folder of files */
        DIRECTORY,
        /** none of the above (images, PDFs, binaries...) */
        UNKNOWN
    }

    /**
     * @param kind      what the input holds (after gunzip)
     * @param format    for a single message or clip, how its bytes are read; else null
     * @param gzip      whether the file is gzip-compressed
     * @param mediaType Tika's answer for the (decompressed) bytes, for messages to a user
     */
    public record Detection(Kind kind, Origin.Format format, boolean gzip, String mediaType) {
        Detection(Kind kind, boolean gzip, String mediaType) {
            this(kind, null, gzip, mediaType);
        }
    }

    /** What the bytes were found to be: a kind, and for a single message or clip its format. */
    private record Found(Kind kind, Origin.Format format) {
        static final Found MBOX = new Found(Kind.MBOX, null);
        static final Found UNKNOWN = new Found(Kind.UNKNOWN, null);

        static Found of(Origin.Format single) {
            return new Found(Kind.SINGLE, single);
        }
    }

    /** How much of a file is looked at. */
    static final int HEAD = 64 * 1024;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    /** an RFC 5322 header field line: a name of printable ASCII without spaces, a colon */
    private static final Pattern HEADER_LINE = Pattern.compile("[!-9;-~]{1,76}[ \\t]*:.*");
    private static final Pattern MAIL_FIELD = Pattern.compile(
            "(?i)(from|to|cc|subject|date|message-id|received|return-path|mime-version|delivered-to|content-type|sender|reply-to|x-[a-z0-9-]+)[ \\t]*:.*");

    private InputDetector() {
    }

    public static Detection detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return new Detection(Kind.DIRECTORY, false, "inode/directory");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD);
        }
        return detect(head, path.getFileName() == null ? null : path.getFileName().toString());
    }

    /** Decides from the first bytes of a file (up to {@link #HEAD}) and its name, which may be null. */
    public static Detection detect(byte[] head, String name) throws IOException {
        if (isMessage(head, name)) {
            return new Detection(Kind.SINGLE, Origin.Format.MESSAGE, false, "message/rfc822");
        }
        MediaType type = tika(head, name);
        if (isGzip(head, type)) {
            byte[] inner;
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                inner = readSome(in);
            }
            String innerName = name == null ? null : name.replaceFirst("(?i)\\.gz$", "");
            MediaType innerType = tika(inner, innerName);
            Found found = kind(inner, innerType, innerName);
            return new Detection(found.kind(), found.format(), true, innerType.toString());
        }
        Found found = kind(head, type, name);
        // a name alone (".mbox") makes no mailbox of binary bytes: say what they are
        String said = found.kind() == Kind.UNKNOWN && type.getBaseType().toString().equals("application/mbox")
                ? "binary data" : type.toString();
        return new Detection(found.kind(), found.format(), false, said);
    }

    /**
     * A message by its bytes alone, without Tika's magic (which costs more than the rest of the look at a
     * Maildir's file): a header block of mail fields from the first byte, no envelope line, nothing binary, and
     * a name that says neither mailbox nor gzip. {@link #kind} would answer the same after Tika.
     */
    private static boolean isMessage(byte[] head, String name) {
        if (head.length < 2 || (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b
                || ByteLines.startsWith(stripBom(head), 0, "From ") || isBinary(head) || !looksLikeHeaders(head)) {
            return false;
        }
        String byName = name == null ? "" : TYPES.getMimeType(name).getType().getBaseType().toString();
        return !byName.equals("application/mbox") && !byName.equals("application/gzip");
    }

    private static boolean isGzip(byte[] head, MediaType type) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b
                || "application/gzip".equals(type.getBaseType().toString());
    }

    /** Gunzips what the head holds; the head may end mid-stream, which is fine for a look. */
    private static byte[] readSome(InputStream in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while (out.size() < HEAD && (n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // truncated gzip stream: what was inflated is enough to decide
        }
        return out.toByteArray();
    }

    private static MediaType tika(byte[] head, String name) throws IOException {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        return TYPES.detect(new ByteArrayInputStream(head), metadata);
    }

    private static Found kind(byte[] head, MediaType type, String name) {
        String base = type.getBaseType().toString();
        // the bytes decide first: an envelope line at the start is an mbox whatever the name says
        if (ByteLines.startsWith(stripBom(head), 0, "From ")) {
            return Found.MBOX;
        }
        if (base.equals("application/mbox") && !isBinary(head)) {
            return Found.MBOX; // the name said so and the bytes may be text: MboxSource looks for envelopes
        }
        if (base.startsWith("message/") || base.startsWith("multipart/")) {
            return Found.of(Origin.Format.MESSAGE); // Tika names a MIME message by its top-level type at times
        }
        if (isBinary(head)) {
            return Found.UNKNOWN;
        }
        // Tika's magic knows only some header fields; a header block of any mail fields is a message
        if (looksLikeHeaders(head)) {
            return Found.of(Origin.Format.MESSAGE);
        }
        if (!base.startsWith("text/") && !base.equals("application/xhtml+xml")) {
            return Found.UNKNOWN;
        }
        if (base.equals("text/plain") && name != null && isMarkdownName(name)) {
            return Found.of(Origin.Format.CLIP_MARKDOWN); // markdown is plain text by its bytes: here the name decides
        }
        return Found.of(switch (base) {
            case "text/html", "application/xhtml+xml" -> Origin.Format.CLIP_HTML;
            case "text/markdown", "text/x-web-markdown" -> Origin.Format.CLIP_MARKDOWN;
            default -> Origin.Format.CLIP_TEXT;
        });
    }

    private static boolean isMarkdownName(String name) {
        try {
            String t = TYPES.getMimeType(name).getType().getBaseType().toString();
            return t.equals("text/markdown") || t.equals("text/x-web-markdown");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The file opens with header lines, at least one a mail field, and no text before them. */
    static boolean looksLikeHeaders(byte[] head) {
        String text = new String(stripBom(head), StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r?\n", 40);
        int fields = 0;
        boolean mailField = false;
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                return fields > 0 && mailField;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (fields == 0) {
                    return false;
                }
                continue; // folded continuation
            }
            if (!HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            fields++;
            mailField |= MAIL_FIELD.matcher(line).matches();
        }
        // the header block runs past the lines looked at: enough of them to be sure
        return fields >= 3 && mailField;
    }

    private static boolean isBinary(byte[] head) {
        int n = Math.min(head.length, 8192);
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static byte[] stripBom(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return java.util.Arrays.copyOfRange(head, 3, head.length);
        }
        return head;
    }

    static String describe(Detection d) {
        return d.mediaType().toLowerCase(Locale.ROOT) + (d.gzip() ? " (gzip)" : "");
    }
}
