package dev.mailclip.recover;

import dev.mailclip.mail.MailSignals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What recognisers and the verdict may know about the message around a clip.
 *
 * @param mailDay the day the mail (or the innermost forwarded original) was sent, as the sender saw it;
 *                bounds plausible dates and gives the year to a dateline without one; null for a loose file
 * @param subject the subject, for the title of last resort; null when none
 * @param signals what the message's headers say about it; {@link MailSignals#NONE} for a loose file
 * @param source  where the clip was found: a message's body, a page attached to it, a file on its own
 * @param senders the From of the message and of every message forwarded in it ("Jane Doe &lt;jane@example.com&gt;"),
 *                outermost first: whose own writing a text may be ({@link OwnWriting}); empty when unknown
 */
public record ClipContext(LocalDate mailDay, String subject, MailSignals signals, Source source, List<String> senders) {
    public static final ClipContext NONE = new ClipContext(null, null, MailSignals.NONE, Source.MESSAGE_BODY);
    public static final ClipContext LOOSE_FILE = new ClipContext(null, null, MailSignals.NONE, Source.LOOSE_FILE);

    public ClipContext(LocalDate mailDay, String subject) {
        this(mailDay, subject, MailSignals.NONE, Source.MESSAGE_BODY);
    }

    public ClipContext(LocalDate mailDay, String subject, MailSignals signals, Source source) {
        this(mailDay, subject, signals, source, List.of());
    }

    public ClipContext {
        senders = senders == null ? List.of() : senders.stream().filter(Objects::nonNull).toList();
    }

    /** The same message, read from a page attached to it. */
    public ClipContext attachedPage() {
        return new ClipContext(mailDay, subject, signals, Source.ATTACHED_PAGE, senders);
    }

    public enum Source {
        MESSAGE_BODY,
        /** a saved page (.html, .htm) attached to a message: the article, the message's words its note */
        ATTACHED_PAGE,
        /** a clip file given on its own: an article by the user's say-so, whatever is found in it */
        LOOSE_FILE
    }
}
