/**
 * {@code mailclip serve}: a local, read-only web app on any archive a sink reads back (search, facets, article
 * pages, quarantine, dashboard), with a strict Content-Security-Policy on every response, and the import's
 * self-contained HTML report. Internal to the command line.
 */
package dev.mailclip.serve;
