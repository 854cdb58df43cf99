/**
 * mailclip's facade: {@link dev.mailclip.Mailclip} turns one raw message (or loose clip file) into one record,
 * under the bounds of {@link dev.mailclip.Limits}; {@link dev.mailclip.UnreadableMessageException} says in one line
 * why a message cannot be read. API: all four public types.
 */
package dev.mailclip;
