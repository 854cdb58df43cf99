/**
 * The Markdown sink: one note per article with YAML front matter and its images beside it
 * ({@link dev.mailclip.sink.markdown.MarkdownNote}, also used by {@code mailclip clean}), read back whole.
 */
package dev.mailclip.sink.markdown;
