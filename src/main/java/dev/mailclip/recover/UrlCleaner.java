package dev.mailclip.recover;

/** Placeholder so the tree compiles; the forward-unwrapping work replaces this file. */
public final class UrlCleaner {
    private UrlCleaner() {
    }

    public static String clean(String url) {
        return url;
    }
}
