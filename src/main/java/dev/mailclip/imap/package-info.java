/**
 * Import from a mail server: an IMAP folder as a message source (read-only, in UID batches, resumed after a
 * dropped connection), incremental by UIDVALIDITY and last UID kept in the archive
 * ({@link dev.mailclip.sink.SyncStore}), Gmail's labels and thread ids, and {@code --watch} (IDLE). Internal to the
 * command line.
 */
package dev.mailclip.imap;
