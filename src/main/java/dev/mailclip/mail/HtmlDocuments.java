package dev.mailclip.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Parses mail HTML the one way forward peeling and recovery both need. */
public final class HtmlDocuments {
    private HtmlDocuments() {
    }

    /**
     * Parses HTML as stored. Exported mail HTML often has every space turned into a no-break space,
     * inside the tags too ({@code <div\u00a0dir="ltr">}), which hides the markup from any parser:
     * those become plain spaces first. Text keeps its meaning; no-break spaces in text are normalised later anyway.
     */
    public static Document parse(String html) {
        return Jsoup.parse(html.replace('\u00a0', ' '));
    }
}
