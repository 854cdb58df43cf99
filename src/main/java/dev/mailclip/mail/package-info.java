/**
 * MIME: a raw message parsed with Jakarta Mail into its envelope, its bodies as {@link dev.mailclip.mail.Content}
 * (charsets decoded, {@code format=flowed} unflowed, the HTML parsed once by {@link dev.mailclip.mail.HtmlDocuments}
 * for every later stage), inline images and attachments, and the header signals the verdict reads
 * ({@link dev.mailclip.mail.MailSignals}). Internal to the facade; public only what the facade, the forward peeler,
 * the recognisers and the Tika adapter take from it.
 */
package dev.mailclip.mail;
