package dev.mailclip.recover;

import java.time.LocalDate;

/**
 * What recognisers may know about the message around a clip.
 *
 * @param mailDay the day the mail (or the innermost forwarded original) was sent, as the sender saw it;
 *                bounds plausible dates and gives the year to a dateline without one; null for a loose file
 * @param subject the subject, for the title of last resort; null when none
 */
public record ClipContext(LocalDate mailDay, String subject) {
    public static final ClipContext NONE = new ClipContext(null, null);
}
