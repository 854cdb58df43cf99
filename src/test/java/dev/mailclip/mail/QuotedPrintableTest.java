package dev.mailclip.mail;

import org.eclipse.angus.mail.util.QPDecoderStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The in-memory decoder gives what Angus's decoder stream reads, on well-formed and on broken input. */
class QuotedPrintableTest {
    /** the bytes that steer the decoder: spaces, escapes, line ends, hex digits and what is not, signs, high bytes */
    private static final byte[] ALPHABET = " =\r\n\tAaFf09G-+z\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void randomInputDecodesAsAngusDecodesIt() throws IOException {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                b.write(random.nextInt(6) == 0 ? 0x80 + random.nextInt(128) : ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            byte[] encoded = b.toByteArray();
            int limit = random.nextInt(4) == 0 ? random.nextInt(length + 1) : Integer.MAX_VALUE - 16;
            assertArrayEquals(angus(encoded, limit), QuotedPrintable.decode(encoded, limit),
                    HexFormat.of().formatHex(encoded) + " limit " + limit);
        }
    }

    @Test
    void wellFormedTextDecodes() {
        byte[] encoded = "caf=C3=A9 au lait=\r\nsoft break  \r\nnext".getBytes(StandardCharsets.US_ASCII);
        assertEquals("café au laitsoft break\r\nnext",
                new String(QuotedPrintable.decode(encoded, 1000), StandardCharsets.UTF_8));
    }

    private static byte[] angus(byte[] encoded, int limit) throws IOException {
        try (QPDecoderStream in = new QPDecoderStream(new ByteArrayInputStream(encoded))) {
            return in.readNBytes(limit);
        }
    }
}
