package dev.mailclip.recover;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes article HTML safe to store and display: jsoup's relaxed Safelist (no scripts, styles,
 * event handlers, forms or iframes; only http, https and mailto links), images from http(s) or
 * the message's own inline parts ({@code cid:}). Remote images stay links; nothing is fetched.
 */
public final class Sanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "http", "https", "cid")
            .addAttributes("a", "title")
            .addTags("figure", "figcaption", "hr");

    private Sanitizer() {
    }

    public static String clean(Element content) {
        Document dirty = Document.createShell("");
        dirty.body().appendChild(content.clone());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    public static String clean(String html) {
        return clean(Jsoup.parseBodyFragment(html).body());
    }
}
