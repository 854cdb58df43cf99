package dev.mailclip.article;

import java.util.List;

/**
 * The envelope of the message a record came from.
 *
 * @param source "path" for a single file, "path#N" for message N (from 1) of a mailbox
 */
public record MailInfo(String messageId, String from, String to, String subject, String date,
                       List<String> labels, String folder, String threadId, String source) {
    public MailInfo {
        labels = labels == null ? List.of() : List.copyOf(labels);
        date = Dates.normalise(date);
    }
}
