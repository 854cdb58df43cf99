package dev.mailclip.article;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.function.Supplier;

/**
 * A part of the message kept with the record: an inline image the article refers to (by its
 * {@code contentId}) or a file attachment. The bytes are kept for sinks that store files; JSON
 * carries only the description.
 *
 * @param content the decoded bytes, asked for only by a sink that stores them: the mail parser hands
 *                a {@link Supplier} that decodes the part on first use, so an import to a sink that
 *                keeps no files never decodes an attachment
 */
public record Attachment(String name, String contentType, String contentId, boolean inline,
                         @JsonIgnore Supplier<byte[]> content) {

    public Attachment(String name, String contentType, String contentId, boolean inline, byte[] bytes) {
        this(name, contentType, contentId, inline, () -> bytes);
    }

    /** The decoded bytes, or null when there are none. */
    @JsonIgnore
    public byte[] bytes() {
        return content == null ? null : content.get();
    }

    public int size() {
        byte[] bytes = bytes();
        return bytes == null ? 0 : bytes.length;
    }
}
