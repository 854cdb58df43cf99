package dev.mailclip.mailbox;

import java.util.List;

/**
 * Where a raw message came from.
 *
 * @param path     the file it was read from, as given
 * @param index    its position (from 1) in a mailbox file, or 0 when the file is the message itself
 * @param folder   the mail folder (Maildir++ ".Folder.Sub" as "Folder/Sub"), or null
 * @param labels   Gmail labels (X-Gmail-Labels), empty when none
 * @param threadId Gmail thread id (X-GM-THRID), or null
 * @param format   how the bytes are to be read
 */
public record Origin(String path, long index, String folder, List<String> labels, String threadId,
                     Format format) {

    /** How the bytes of a raw message are to be read. */
    public enum Format {
        /** an RFC 5322 message */
        MESSAGE,
        /** a loose clip file: a Reader View paste or a saved page */
        CLIP_HTML,
        /** a loose clip file: plain text */
        CLIP_TEXT,
        /** a loose clip file: markdown */
        CLIP_MARKDOWN
    }

    public Origin {
        labels = labels == null ? List.of() : List.copyOf(labels);
        format = format == null ? Format.MESSAGE : format;
    }

    public static Origin file(String path, Format format) {
        return new Origin(path, 0, null, List.of(), null, format);
    }

    /** "path" for a single file, "path#N" for message N of a mailbox. */
    public String source() {
        return index > 0 ? path + "#" + index : path;
    }
}
