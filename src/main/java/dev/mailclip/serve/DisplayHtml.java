package dev.mailclip.serve;

import dev.mailclip.article.SafeHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's stored HTML made ready to show: cleaned once more with mailclip's jsoup Safelist (mail is
 * hostile, and an archive may have been written by another tool), its {@code cid:} images pointed at the
 * archive's copy, its remote images left without a source unless the person asked for them, its links
 * opened without a referrer or an opener. The page's Content-Security-Policy stands behind all of this.
 *
 * @param html   the HTML to write into the page as it is
 * @param remote how many remote images it holds
 */
public record DisplayHtml(String html, int remote) {

    /** @param loadRemote whether remote images keep their source (the page's CSP then lets them load) */
    public static DisplayHtml of(String stored, String recordId, boolean loadRemote) {
        if (stored == null) {
            return new DisplayHtml(null, 0);
        }
        Document doc = Jsoup.parseBodyFragment(SafeHtml.clean(stored));
        int remote = 0;
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (src.regionMatches(true, 0, "cid:", 0, 4)) {
                img.attr("src", Routes.image(recordId, src.substring(4)));
            } else if (loadRemote && src.matches("(?i)https?://.*")) {
                remote++;
                img.attr("referrerpolicy", "no-referrer");
            } else {
                remote++;
                img.removeAttr("src");
                img.attr("alt", "[remote image not loaded" + (img.hasAttr("alt") ? ": " + img.attr("alt") : "") + "]");
            }
        }
        for (Element a : doc.select("a[href]")) {
            a.attr("rel", "noopener noreferrer nofollow");
        }
        doc.outputSettings().prettyPrint(false);
        return new DisplayHtml(doc.body().html(), remote);
    }
}
