/**
 * Sources of raw messages: mbox (by the envelope's grammar), Maildir, folders of .eml, loose clip files,
 * standard input, each message with its {@link dev.mailclip.mailbox.Origin}. API: the source SPI
 * ({@link dev.mailclip.mailbox.MessageSource}, {@link dev.mailclip.mailbox.RawMessage},
 * {@link dev.mailclip.mailbox.Origin}) and {@link dev.mailclip.mailbox.Sources}, which opens any input; the rest
 * is how each form is read.
 */
package dev.mailclip.mailbox;
