package dev.mailclip.recover;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Host names: of a URL, of a line that is only a host, and whether a name matches a host. */
final class Hosts {
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)(?:www\\.)?[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,6}\\.[a-z]{2,24}");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"]{1,2000}");

    private Hosts() {
    }

    /** The host of a URL, lower case, without "www."; null when it has none. */
    public static String of(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.trim().replace(" ", "%20")).getHost();
            return host == null ? null : withoutWww(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** True for a line that is only a host name, like "english.almayadeen.net". */
    public static boolean isBareHost(String line) {
        return line.length() <= 253 && BARE_HOST.matcher(line).matches();
    }

    /** True for a line that is only an http(s) URL. */
    public static boolean isUrl(String line) {
        return URL.matcher(line).matches();
    }

    /**
     * True when a name is the site's own name for the host: "Al Mayadeen English" for
     * english.almayadeen.net, "GlossGenius" for glossgenius.com. Compares letters only.
     */
    public static boolean nameMatches(String name, String host) {
        if (name == null || host == null) {
            return false;
        }
        String letters = NOT_LETTER.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        if (letters.length() < 3) {
            return false;
        }
        for (String label : withoutWww(host).split("\\.")) {
            String l = label.replace("-", "");
            if (l.equals(letters) || l.length() >= 4 && (letters.contains(l) || l.contains(letters))) {
                return true;
            }
        }
        return false;
    }
}
