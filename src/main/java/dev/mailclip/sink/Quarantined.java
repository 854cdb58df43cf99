package dev.mailclip.sink;

import dev.mailclip.mailbox.Origin;

/**
 * A message that could not be made into a record, kept whole so nothing is lost.
 *
 * @param id     the message's identity (as {@link dev.mailclip.article.Article#id()}), so a re-import
 *               does not quarantine it twice
 * @param reason one line saying what was wrong
 */
public record Quarantined(String id, byte[] bytes, Origin origin, String reason) {
}
