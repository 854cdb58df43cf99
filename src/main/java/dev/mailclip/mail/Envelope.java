package dev.mailclip.mail;

import java.time.OffsetDateTime;

/**
 * The header fields of one message that a record keeps, decoded (RFC 2047 undone).
 *
 * @param date the Date header, or null when absent or unreadable
 */
public record Envelope(String messageId, String from, String to, String subject, OffsetDateTime date) {
}
