/** The JSON Lines sink: one record per line (docs/RECORD.md says how sightings supersede), read back whole. */
package dev.mailclip.sink.jsonl;
