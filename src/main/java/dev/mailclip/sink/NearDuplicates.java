package dev.mailclip.sink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-duplicate articles (a syndicated copy on another site, a re-clip with a line more): MinHash over
 * word 5-shingles with {@link #HASHES} hash functions, found through locality-sensitive hashing in
 * {@link #BANDS} bands of {@link #ROWS} rows. An article is compared only with those sharing a band, so
 * linking costs a few index lookups per article: linear in the archive's size. Two texts are near
 * duplicates when the estimated Jaccard similarity of their shingle sets is at least {@link #THRESHOLD}.
 * A text of fewer than {@link #MIN_WORDS} words has no signature (too short to tell).
 */
public final class NearDuplicates {
    public static final int SHINGLE = 5;
    public static final int HASHES = 64;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    public static final double THRESHOLD = 0.8;
    public static final int MIN_WORDS = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5EED_14L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private NearDuplicates() {
    }

    /** The text's MinHash signature, or null when the text is too short. */
    public static long[] signature(String text) {
        if (text == null) {
            return null;
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < MIN_WORDS) {
            return null;
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = fnv(String.join(" ", words.subList(i, i + SHINGLE)));
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < sig[k]) {
                    sig[k] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of two signatures' texts. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** The hash of each band: articles that share one are compared. */
    public static long[] bands(long[] sig) {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = h;
        }
        return out;
    }

    public static byte[] toBytes(long[] sig) {
        ByteBuffer buf = ByteBuffer.allocate(sig.length * 8);
        for (long v : sig) {
            buf.putLong(v);
        }
        return buf.array();
    }

    public static long[] fromBytes(byte[] bytes) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long[] sig = new long[bytes.length / 8];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getLong();
        }
        return sig;
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** splitmix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
