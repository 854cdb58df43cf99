package dev.mailclip.mail;

import java.util.Set;

/**
 * Which HTML elements break the text into lines and which are never seen: one list for every renderer of
 * HTML to text (the forward peeler's lines, the recognisers' clean text), so they cannot disagree on where
 * a line ends.
 */
public final class HtmlBlocks {
    /** Elements that start and end a line (a paragraph). */
    public static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    /** Elements whose content a reader never sees. */
    public static final Set<String> INVISIBLE = Set.of("script", "style", "head", "title", "template", "noscript", "svg");

    private HtmlBlocks() {
    }
}
