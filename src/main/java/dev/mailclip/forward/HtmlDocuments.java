package dev.mailclip.forward;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a message's HTML once where forward peeling and recovery both read it. The forward
 * peeler parses the body to look for forward markup; when it finds none (most mail), recovery
 * would parse the very same String again. The peeler leaves the unchanged document here, and
 * recovery takes it back if, and only if, it asks for that same String instance on the same thread.
 */
public final class HtmlDocuments {
    private record Kept(String html, Document document) {
    }

    /** At most one document per worker thread, and only between peeling and recovery of one message. */
    private static final ThreadLocal<Kept> KEPT = new ThreadLocal<>();

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

    /** The document of {@code html}, parsed by the peeler if it was the last to parse it here, else parsed now. */
    public static Document take(String html) {
        Kept kept = KEPT.get();
        KEPT.remove();
        return kept != null && kept.html() == html ? kept.document() : parse(html);
    }

    /** Parses, and keeps the document for {@link #take}: the caller must not change it unless it calls {@link #forget}. */
    static Document parseAndKeep(String html) {
        Document document = parse(html);
        KEPT.set(new Kept(html, document));
        return document;
    }

    /** The kept document is about to be changed (a forward is cut out of it): no one may take it. */
    static void forget() {
        KEPT.remove();
    }
}
