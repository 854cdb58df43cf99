package dev.mailclip.mail;

import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * For the bench's {@code warm-cpu} stage: base64 bodies decoded by {@link Base64Body} and by Angus's decoder stream,
 * which it stands in for. In this package for Base64Body's package-private entry point; bench code, never in the jar.
 */
public final class Base64Timing {
    private Base64Timing() {
    }

    /** The decoded bytes of every body, by Base64Body (or Angus where it declines), as the parser decodes them. */
    public static long mailclip(List<byte[]> encoded) {
        long bytes = 0;
        for (byte[] e : encoded) {
            byte[] decoded = Base64Body.decode(e);
            bytes += decoded != null ? decoded.length : angus(e);
        }
        return bytes;
    }

    /** The same by Angus's stream alone, as before. */
    public static long angus(List<byte[]> encoded) {
        long bytes = 0;
        for (byte[] e : encoded) {
            bytes += angus(e);
        }
        return bytes;
    }

    /** Angus's decoding of one body; 0 for one it refuses (broken base64 is common in spam) */
    private static long angus(byte[] encoded) {
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(encoded), "base64")) {
            return in.readAllBytes().length;
        } catch (jakarta.mail.MessagingException | IOException e) {
            return 0;
        }
    }
}
