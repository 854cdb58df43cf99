package dev.mailclip.forward;

/**
 * The decoded body of one message: its HTML and its plain-text alternative, either may be null.
 * Charsets and transfer encodings are already undone.
 */
public record Content(String html, String text) {
    public boolean isEmpty() {
        return (html == null || html.isBlank()) && (text == null || text.isBlank());
    }
}
