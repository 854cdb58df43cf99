package dev.mailclip.sink;

/** An article whose text is nearly that of another ({@link NearDuplicates}), with the estimated similarity. */
public record NearDuplicate(String id, String articleKey, String title, String url, double similarity) {
}
