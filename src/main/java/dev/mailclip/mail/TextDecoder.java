package dev.mailclip.mail;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the bytes of a text part into a String. The declared charset is trusted when Java knows it
 * and the bytes are valid in it; otherwise (no charset, an unknown one, UTF-8 declared over
 * Latin-1 bytes) Tika's charset detector decides.
 */
public final class TextDecoder {
    private static final EncodingDetector DETECTOR = new Icu4jEncodingDetector();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * Charsets by lower-cased name, unknown ones as empty: Java looks an unknown name up through every
     * charset provider, and mail repeats the same few. Bounded, as the names come from the mail.
     */
    private static final Map<String, Optional<Charset>> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 512;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String declaredCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        Charset declared = lookup(declaredCharset);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        // declared UTF-8, or nothing declared: ASCII and well-formed UTF-8 read as UTF-8
        String utf8 = wellFormedUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset detected = detect(bytes);
        return new String(bytes, detected != null ? detected : windows1252());
    }

    /**
     * The charset named, or null when Java does not know it. Latin-1 and ASCII labels are read as
     * windows-1252, as browsers and mail clients do: mail labelled ISO-8859-1 routinely carries
     * windows-1252 quotes and dashes in 0x80-0x9F.
     */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")
                || n.equals("iso8859-1") || n.equals("iso_8859-1")) {
            return windows1252();
        }
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        Optional<Charset> known = KNOWN.get(n);
        if (known == null) {
            known = forName(n);
            if (KNOWN.size() < MAX_KNOWN) {
                KNOWN.put(n, known);
            }
        }
        return known.orElse(null);
    }

    private static Optional<Charset> forName(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Charset windows1252() {
        return WINDOWS_1252;
    }

    /**
     * The bytes as UTF-8 when they are well-formed UTF-8, else null. Decoded once: only text holding
     * a replacement character (malformed input, or a real U+FFFD) is checked again, strictly.
     */
    private static String wellFormedUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        try {
            return DETECTOR.detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
