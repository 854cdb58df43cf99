package dev.mailclip.serve;

/**
 * The server's paths, in one place. Record and message ids travel as query parameters (they hold {@code <},
 * {@code >} and {@code /}), and are only ever looked up in the archive.
 */
public final class Routes {
    public static final String LIST = "/";
    public static final String ARTICLE = "/article";
    public static final String IMAGE = "/image";
    public static final String QUARANTINE = "/quarantine";
    public static final String RAW = "/quarantine/raw";
    public static final String DASHBOARD = "/dashboard";
    public static final String STYLE = "/static/style.css";

    private Routes() {
    }

    public static String article(String id) {
        return ARTICLE + "?id=" + Query.encode(id);
    }

    /** The same article with its remote images loaded. */
    public static String articleWithRemote(String id) {
        return article(id) + "&remote=1";
    }

    public static String image(String id, String contentId) {
        return IMAGE + "?id=" + Query.encode(id) + "&cid=" + Query.encode(contentId);
    }

    public static String raw(String id) {
        return RAW + "?id=" + Query.encode(id);
    }
}
