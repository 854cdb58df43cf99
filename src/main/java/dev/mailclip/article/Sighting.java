package dev.mailclip.article;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One message that carried an article: what the person did with it (when, under which labels, in
 * which folder, with which note, through which forwards), and how good a copy of the article it held.
 *
 * @param id     the message's identity, as {@link Article#id()}
 * @param date   the message's Date (RFC 3339), when it was saved or sent
 * @param shape  the message's {@code evidence.kind}: how its copy was recognised (sets its trust)
 * @param chars  the length of its copy's text
 * @param images how many attachments (inline images first among them) came with its copy: of two copies
 *               as good otherwise, the one that brings its pictures is kept
 * @param gave   the article fields whose stored value comes from this message's copy
 */
@JsonPropertyOrder({"id", "date", "from", "to", "subject", "labels", "folder", "threadId", "source", "note",
        "forwarded", "shape", "chars", "images", "gave"})
public record Sighting(String id, String date, String from, String to, String subject, List<String> labels,
                       String folder, String threadId, String source, String note, List<ForwardLayer> forwarded,
                       String shape, int chars, int images, List<String> gave) {
    public Sighting {
        labels = labels == null ? List.of() : List.copyOf(labels);
        forwarded = forwarded == null ? List.of() : List.copyOf(forwarded);
        gave = gave == null ? List.of() : List.copyOf(gave);
        date = Dates.normalise(date);
    }

    Sighting withGave(List<String> fields) {
        return new Sighting(id, date, from, to, subject, labels, folder, threadId, source, note, forwarded, shape,
                chars, images, fields);
    }
}
