package dev.mailclip.article;

/**
 * One forwarded layer peeled off a message: the original's header as the forward shows it.
 *
 * @param from    the original sender, "Name <address>" or the address alone
 * @param to      the original recipients as shown
 * @param date    ISO-8601: with an offset when the forward states one, else local wall-clock time
 * @param subject the original subject, null when it was empty
 */
public record ForwardLayer(String from, String to, String date, String subject) {
    public ForwardLayer {
        date = Dates.normalise(date);
    }
}
