package dev.mailclip.mail;

import org.eclipse.angus.mail.util.BASE64DecoderStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The JDK's decoder gives what Angus's decoder stream reads, whenever Base64Body takes a body at all. */
class Base64BodyTest {
    /** what steers a decoder: letters, line ends, blanks, padding, what is no base64 at all, high bytes */
    private static final byte[] ALPHABET = "QUJD+/09az==\r\n \t-_.*\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void whatClientsWriteDecodesAsAngusDecodesIt() throws IOException {
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(600)];
            random.nextBytes(data);
            String lineEnd = random.nextBoolean() ? "\r\n" : "\n";
            Base64.Encoder encoder = Base64.getMimeEncoder(random.nextInt(20) * 4 + 4,
                    lineEnd.getBytes(StandardCharsets.US_ASCII));
            byte[] encoded = (encoder.encodeToString(data) + (random.nextBoolean() ? lineEnd : ""))
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] decoded = Base64Body.decode(encoded);
            assertNotNull(decoded, new String(encoded, StandardCharsets.US_ASCII));
            assertArrayEquals(data, decoded);
            assertArrayEquals(angus(encoded), decoded);
        }
    }

    @Test
    void randomInputItTakesDecodesAsAngusDecodesIt() throws IOException {
        Random random = new Random(7);
        int taken = 0;
        for (int i = 0; i < 300_000; i++) {
            int length = random.nextInt(20);
            byte[] encoded = new byte[length];
            for (int j = 0; j < length; j++) {
                encoded[j] = ALPHABET[random.nextInt(random.nextInt(4) == 0 ? ALPHABET.length : 12)];
            }
            byte[] decoded = Base64Body.decode(encoded);
            if (decoded != null) {
                taken++;
                assertArrayEquals(angus(encoded), decoded, HexFormat.of().formatHex(encoded));
            }
        }
        // the comparison must have had something to compare
        org.junit.jupiter.api.Assertions.assertTrue(taken > 10_000, "taken " + taken);
    }

    @Test
    void brokenBodiesAreLeftToAngus() {
        for (String broken : new String[] {"QUJD=QUJD", "QUJ", "QUJDR===", "QU=D", "QUJD\u0000", "QUJD-_", "Q===",
                "QUJDRA==\r\nQUJD"}) {
            assertNull(Base64Body.decode(broken.getBytes(StandardCharsets.ISO_8859_1)), broken);
        }
    }

    private static byte[] angus(byte[] encoded) throws IOException {
        try (BASE64DecoderStream in = new BASE64DecoderStream(new ByteArrayInputStream(encoded))) {
            return in.readAllBytes();
        }
    }
}
