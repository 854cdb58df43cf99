/** The default sink: an embedded SQLite archive (schema in {@code Schema}, FTS5 search, near-duplicate links). */
package dev.mailclip.sink.sqlite;
