package dev.mailclip.importer;

/**
 * What became of the messages of an import. Every message is exactly one of: a stored article, a
 * stored mail record, a duplicate of something already stored, or quarantined; so
 * {@code messages == articles + mail + duplicates + quarantined}.
 */
public record ImportCounts(long messages, long articles, long mail, long duplicates, long quarantined) {

    public boolean reconciles() {
        return messages == articles + mail + duplicates + quarantined;
    }

    /** "12 messages: 9 articles, 1 mail, 1 duplicate, 1 quarantined" */
    public String describe() {
        return messages + " message" + (messages == 1 ? "" : "s") + ": " + articles + " article"
                + (articles == 1 ? "" : "s") + ", " + mail + " mail, " + duplicates + " duplicate"
                + (duplicates == 1 ? "" : "s") + ", " + quarantined + " quarantined";
    }
}
