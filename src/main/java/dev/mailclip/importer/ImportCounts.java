package dev.mailclip.importer;

/**
 * What became of the messages of an import. Every message is exactly one of: a stored article, a
 * stored mail record, a duplicate (a message already in the archive, re-read: nothing changes), a
 * sighting (a new message carrying an article already stored: kept with that article), or
 * quarantined; so {@code messages == articles + mail + duplicates + sightings + quarantined}.
 */
public record ImportCounts(long messages, long articles, long mail, long duplicates, long sightings,
                           long quarantined) {

    /** Counts without sightings (a sink that keeps none). */
    public ImportCounts(long messages, long articles, long mail, long duplicates, long quarantined) {
        this(messages, articles, mail, duplicates, 0, quarantined);
    }

    public boolean reconciles() {
        return messages == articles + mail + duplicates + sightings + quarantined;
    }

    /** "12 messages: 8 articles, 1 mail, 1 duplicate, 1 sighting, 1 quarantined" */
    public String describe() {
        return messages + " message" + (messages == 1 ? "" : "s") + ": " + articles + " article"
                + (articles == 1 ? "" : "s") + ", " + mail + " mail, " + duplicates + " duplicate"
                + (duplicates == 1 ? "" : "s") + ", " + sightings + " sighting" + (sightings == 1 ? "" : "s")
                + ", " + quarantined + " quarantined";
    }
}
