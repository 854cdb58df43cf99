package dev.mailclip.article;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a message and an article are known, so that re-imports and the same article clipped twice
 * are recognised: a message by its Message-ID (else a hash of its bytes), an article by its
 * normalised URL (else a hash of its text).
 */
public final class Identity {
    private Identity() {
    }

    public static String ofMessage(String messageId, byte[] bytes) {
        if (messageId != null && !messageId.isBlank()) {
            String id = messageId.strip();
            if (!id.startsWith("<")) {
                id = "<" + id + ">";
            }
            return "msgid:" + id;
        }
        return "sha256:" + sha256(bytes);
    }

    /** @return {@code url:…} or {@code text:…}, or null when there is neither */
    public static String ofArticle(String url, String text) {
        String normal = normaliseUrl(url);
        if (normal != null) {
            return "url:" + normal;
        }
        if (text != null && !text.isBlank()) {
            String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            return "text:" + sha256(words.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
        }
        return null;
    }

    /** Scheme (http as https) and host lower case, no "www.", no fragment, no default port, no trailing slash. */
    public static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(url.strip().replace(" ", "%20"));
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                return null;
            }
            String host = u.getHost() == null ? u.getRawAuthority() : u.getHost();
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int port = u.getPort();
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            // the same page over http and https is one article
            String canonicalScheme = scheme.equals("http") ? "https" : scheme;
            return canonicalScheme + "://" + host
                    + (defaultPort ? "" : ":" + port) + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The SHA-256 of the bytes in lower-case hex: the one digest of message identities and file names. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
