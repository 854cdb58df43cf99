package dev.mailclip.article;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A part of the message kept with the record: an inline image the article refers to (by its
 * {@code contentId}) or a file attachment. The bytes are kept for sinks that store files; JSON
 * carries only the description.
 */
public record Attachment(String name, String contentType, String contentId, boolean inline,
                         @JsonIgnore byte[] bytes) {
    public int size() {
        return bytes == null ? 0 : bytes.length;
    }
}
