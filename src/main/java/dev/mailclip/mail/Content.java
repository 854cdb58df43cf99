package dev.mailclip.mail;

import org.jsoup.nodes.Document;

/**
 * The decoded body of one message: its HTML and its plain-text alternative, either may be null.
 * Charsets and transfer encodings are already undone.
 *
 * @param document the HTML already parsed, when a step before recovery parsed it and left it
 *                 unchanged (the forward peeler does for mail that is not a forward), else null;
 *                 readers must not change it
 * @param sketch   the HTML's {@link HtmlSketch}, when a step before recovery made it, else null
 */
public record Content(String html, String text, Document document, HtmlSketch sketch) {
    public Content(String html, String text) {
        this(html, text, null, null);
    }

    public boolean isEmpty() {
        return !hasHtml() && !hasText();
    }

    /** Whether it has HTML with more than white space. */
    public boolean hasHtml() {
        return html != null && !html.isBlank();
    }

    /** Whether it has a plain text with more than white space. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The same content with its HTML already parsed. */
    public Content withDocument(Document parsed) {
        return new Content(html, text, parsed, sketch);
    }

    /**
     * The same content with its HTML's sketch made (once); itself when it has no HTML or a sketch already. HTML that
     * is parsed already, or will be for its text (HTML-only content, not blank), is parsed now and sketched off the
     * tree ({@link HtmlSketch#of(Document)}); HTML beside a text, or blank, is sketched from its source
     * ({@link HtmlSketch#of(String)}), which costs less than a parse that no reader may need.
     */
    public Content sketched() {
        if (html == null || sketch != null) {
            return this;
        }
        if (document == null && (hasText() || !hasHtml())) {
            return new Content(html, text, null, HtmlSketch.of(html));
        }
        Document parsed = parsedHtml();
        return new Content(html, text, parsed, HtmlSketch.of(parsed));
    }

    /** The parsed HTML: the one already made, or a new parse; null when there is no HTML. */
    public Document parsedHtml() {
        if (document != null) {
            return document;
        }
        return hasHtml() ? HtmlDocuments.parse(html) : null;
    }
}
