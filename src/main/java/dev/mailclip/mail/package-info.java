/**
 * MIME: a raw message parsed with Jakarta Mail into its envelope, its text and HTML bodies (charsets decoded,
 * {@code format=flowed} unflowed), inline images and attachments, and the header signals the verdict reads
 * ({@link dev.mailclip.mail.MailSignals}). Internal to the facade; public only for it and the Tika adapter.
 */
package dev.mailclip.mail;
