package dev.mailclip.sink;

/** One article found by {@link Archive#search}. {@code snippet} marks matched words with [ and ]. */
public record SearchHit(String id, String title, String url, String date, String site, String snippet,
                        double score) {
}
