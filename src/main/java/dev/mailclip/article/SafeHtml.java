package dev.mailclip.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Makes article HTML safe to store and display: jsoup's relaxed Safelist (no scripts, styles,
 * event handlers, forms or iframes; only http, https and mailto links), images from http(s) or
 * the message's own inline parts ({@code cid:}). Remote images stay links; nothing is fetched.
 */
public final class SafeHtml {
    private static final Safelist SAFELIST = new InlineImages(Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "http", "https", "cid")
            .addAttributes("a", "title")
            .addTags("figure", "figcaption", "hr"));

    /**
     * Lets {@code <img src="cid:…">} through without jsoup's protocol test, which would give the same
     * answer only after asking java.net.URL for a "cid" handler: a scan of every jar on the class
     * path (the JDK caches found handlers, not missing ones), once per inline image.
     */
    private static final class InlineImages extends Safelist {
        InlineImages(Safelist base) {
            super(base);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
            if (tagName.equals("img") && attr.getKey().equalsIgnoreCase("src")
                    && attr.getValue().regionMatches(true, 0, "cid:", 0, 4)) {
                return true;
            }
            return super.isSafeAttribute(tagName, el, attr);
        }
    }

    private SafeHtml() {
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
