/**
 * The import pipeline: one reader, bounded parallel extraction with a time limit per message, one writer,
 * and counts that always add up (messages = articles + mail + duplicates + sightings + quarantined).
 * API: {@link dev.mailclip.importer.Importer}, its listener and its result and counts.
 */
package dev.mailclip.importer;
