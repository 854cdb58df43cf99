package dev.mailclip.recover;

import java.net.URI;
import java.util.regex.Pattern;

/** Whether a link can be an article's address, rather than a site's front door or a mail's machinery. */
final class ArticleUrls {
    private static final Pattern IP_HOST = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){3}$|^\\[.*]$");
    private static final Pattern MACHINERY = Pattern.compile(
            "(?i)unsubscribe|opt-?out|optin|remove(?:me)?\\b|cgi-bin|\\.cgi\\b|listinfo|/track|/click|/redirect|/login|/signin|/account");

    private ArticleUrls() {
    }

    /** A host name that is no bare IP address, a path beyond "/", and no unsubscribe, tracking or login path. */
    static boolean plausible(String url) {
        try {
            URI uri = URI.create(url.strip().replace(" ", "%20"));
            String host = uri.getHost();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (host == null || IP_HOST.matcher(host).find() || MACHINERY.matcher(url).find()) {
                return false;
            }
            return path.replace("/", "").length() > 0 || uri.getRawQuery() != null && uri.getRawQuery().length() > 3;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
