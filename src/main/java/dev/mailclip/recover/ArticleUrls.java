package dev.mailclip.recover;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a link can be an article's address, rather than a site's front door or a mail's machinery. */
final class ArticleUrls {
    private static final Pattern IP_HOST = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){3}$|^\\[.*]$");
    private static final Pattern MACHINERY = Pattern.compile(
            "(?i)unsubscribe|opt-?out|optin|remove(?:me)?\\b|cgi-bin|\\.cgi\\b|listinfo|/track|/click|/redirect|/login|/signin|/account");

    /**
     * The addresses of a tool, not of something to read: a document, a form or a file to share, a meeting, a
     * booking page, a map, a search, a payment, a photo album, a shop's product or cart, a stay, a playlist or a
     * song, an event's page. A note with such a link alone is a message between people ("fill in your rows by
     * Friday"), never a saved article.
     * Matched on the host and path, lower case, without "www.".
     */
    private static final Pattern TOOL = Pattern.compile("^(?:[a-z0-9-]+\\.)*(?:docs\\.google\\.com|drive\\.google\\.com"
            + "|forms\\.gle|meet\\.google\\.com|photos\\.google\\.com|photos\\.app\\.goo\\.gl|maps\\.app\\.goo\\.gl"
            + "|calendar\\.google\\.com|calendly\\.com|doodle\\.com|typeform\\.com|surveymonkey\\.com|dropbox\\.com"
            + "|dropboxusercontent\\.com|wetransfer\\.com|we\\.tl|1drv\\.ms|onedrive\\.live\\.com|sharepoint\\.com"
            + "|teams\\.microsoft\\.com|teams\\.live\\.com|meet\\.jit\\.si|whereby\\.com|invoice\\.stripe\\.com"
            + "|pay\\.stripe\\.com|buy\\.stripe\\.com|checkout\\.stripe\\.com|paypal\\.me|paypal\\.com|venmo\\.com"
            + "|maps\\.apple\\.com|open\\.spotify\\.com|spotify\\.link|music\\.apple\\.com|music\\.youtube\\.com"
            + "|deezer\\.com|tidal\\.com)(?:/|$)"
            + "|^(?:[a-z0-9-]+\\.)*meetup\\.com/[^/]+/events/|^(?:[a-z0-9-]+\\.)*eventbrite\\.[a-z.]{2,6}/e/"
            + "|^(?:[a-z0-9-]+\\.)*zoom\\.us/(?:j|my|s|w|meeting)/|^(?:[a-z0-9-]+\\.)*webex\\.com/(?:meet|join)"
            + "|^maps\\.google\\.[a-z.]{2,6}/|^google\\.[a-z.]{2,6}/(?:search|maps)|^goo\\.gl/maps/|^bing\\.com/(?:search|maps)"
            + "|^duckduckgo\\.com/\\?|^amazon\\.[a-z.]{2,6}/(?:[^/]+/)?(?:dp|gp/product|gp/cart|gp/aw/d)/"
            + "|^airbnb\\.[a-z.]{2,6}/rooms/|^booking\\.com/hotel/|^icloud\\.com/(?:photos|sharedalbum|iclouddrive)");

    private ArticleUrls() {
    }

    /**
     * A host name that is no bare IP address, a path beyond "/", no unsubscribe, tracking or login path, and no
     * tool's address ({@link #TOOL}).
     */
    static boolean plausible(String url) {
        try {
            URI uri = URI.create(url.strip().replace(" ", "%20"));
            String host = uri.getHost();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (host == null || IP_HOST.matcher(host).find() || MACHINERY.matcher(url).find()) {
                return false;
            }
            String lower = host.toLowerCase(Locale.ROOT);
            String at = (lower.startsWith("www.") ? lower.substring(4) : lower) + path.toLowerCase(Locale.ROOT)
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            if (TOOL.matcher(at).find()) {
                return false;
            }
            return path.replace("/", "").length() > 0 || uri.getRawQuery() != null && uri.getRawQuery().length() > 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
