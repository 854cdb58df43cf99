/**
 * The record: {@link dev.mailclip.article.Article} (kind article or mail) with its mail envelope, forward layers,
 * attachments, sightings and evidence, its identity ({@link dev.mailclip.article.Identity}), its JSON
 * ({@link dev.mailclip.article.ArticleJson}, docs/RECORD.md) and Markdown forms, and how sightings merge
 * ({@link dev.mailclip.article.Sightings}). API: every public type; the JSON names are the stable contract.
 */
package dev.mailclip.article;
