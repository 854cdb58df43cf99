package dev.mailclip.bench;

import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Writes MIME parts by hand (headers as mail clients write them), encoding with Jakarta Mail's codecs. */
final class Mime {
    private Mime() {
    }

    /** A text part in UTF-8, quoted-printable or 8bit as the random choice says. */
    static String textPart(String subtype, String body, SplittableRandom r) {
        boolean qp = r.nextInt(3) != 0;
        return "Content-Type: text/" + subtype + "; charset=\"UTF-8\"\n"
                + "Content-Transfer-Encoding: " + (qp ? "quoted-printable" : "8bit") + "\n\n"
                + (qp ? encode(body.getBytes(StandardCharsets.UTF_8), "quoted-printable")
                        : body) + "\n";
    }

    static String binaryPart(String type, String name, byte[] data, boolean inline, String cid) {
        return "Content-Type: " + type + "; name=\"" + name + "\"\n"
                + "Content-Disposition: " + (inline ? "inline" : "attachment") + "; filename=\"" + name + "\"\n"
                + (cid != null ? "Content-ID: <" + cid + ">\n" : "")
                + "Content-Transfer-Encoding: base64\n\n" + encode(data, "base64") + "\n";
    }

    static String multipart(String subtype, String boundary, String... parts) {
        StringBuilder sb = new StringBuilder();
        sb.append("Content-Type: multipart/").append(subtype).append("; boundary=\"").append(boundary).append("\"\n\n");
        for (String p : parts) {
            sb.append("--").append(boundary).append('\n').append(p);
        }
        sb.append("--").append(boundary).append("--\n");
        return sb.toString();
    }

    static String encode(byte[] data, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4 / 3 + 64);
        try (OutputStream enc = MimeUtility.encode(out, encoding)) {
            enc.write(data);
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return out.toString(StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
    }

    static String header(String name, String value) {
        return name + ": " + encodeWord(value) + "\n";
    }

    /** RFC 2047 for non-ASCII header values, as clients do. */
    static String encodeWord(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 126) {
                try {
                    return MimeUtility.encodeText(value, "UTF-8", "B");
                } catch (java.io.UnsupportedEncodingException e) {
                    return value;
                }
            }
        }
        return value;
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
