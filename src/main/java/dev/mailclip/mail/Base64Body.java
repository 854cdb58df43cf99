package dev.mailclip.mail;

import java.util.Base64;

/**
 * Base64 decoding of a part's bytes in memory, by the JDK's decoder, for bodies in the form every client
 * writes: the alphabet in lines broken by line ends (spaces and tabs allowed too), padding only at the very end,
 * whole four-character groups. On such input every decoder gives the same bytes, so this gives what Angus's
 * {@code BASE64DecoderStream} reads, which fetches byte by byte through a virtual call (a sixth of the Tika
 * adapter's extract on mail with attachments). Anything else (a stray character, padding mid-body, a broken last
 * group) is left to Angus and its own tolerance: {@link #decode} answers null. {@code Base64BodyTest} holds the two
 * to the same output.
 */
final class Base64Body {
    /** per byte: 1 in the alphabet, 2 a line end, space or tab, 3 the padding character, 0 anything else */
    private static final byte[] CLASS = new byte[256];

    static {
        for (byte c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)) {
            CLASS[c] = 1;
        }
        CLASS['\r'] = 2;
        CLASS['\n'] = 2;
        CLASS[' '] = 2;
        CLASS['\t'] = 2;
        CLASS['='] = 3;
    }

    private Base64Body() {
    }

    /** The decoded bytes, or null when {@code encoded} is not in the form above and Angus must decode it. */
    static byte[] decode(byte[] encoded) {
        return decode(encoded, 0, encoded.length);
    }

    /** As {@link #decode(byte[])}, of the encoded bytes from {@code from} to {@code to} of {@code encoded}. */
    static byte[] decode(byte[] encoded, int from, int to) {
        // the letters and padding without the line breaks, so that the JDK's basic decoder takes them in one pass
        // (its MIME decoder counts its output in a pass of its own); a line's letters are copied as one run
        byte[] letters = new byte[to - from];
        int n = 0;
        int padding = 0;
        int i = from;
        while (i < to) {
            int run = i;
            while (i < to && CLASS[encoded[i] & 0xff] == 1) {
                i++;
            }
            if (i > run) {
                if (padding > 0) {
                    return null; // data after padding
                }
                System.arraycopy(encoded, run, letters, n, i - run);
                n += i - run;
            }
            if (i == to) {
                break;
            }
            switch (CLASS[encoded[i++] & 0xff]) {
                case 2 -> {
                    // a line break or a blank: skipped by every decoder
                }
                case 3 -> {
                    padding++;
                    letters[n++] = '=';
                }
                default -> {
                    return null;
                }
            }
        }
        if (padding > 2 || n % 4 != 0 || padding > 0 && (n - padding) % 4 < 2) {
            return null;
        }
        return Base64.getDecoder().decode(n == letters.length ? letters : java.util.Arrays.copyOf(letters, n));
    }
}
