package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TallyTest {
    private static Article dated(String date) {
        return Article.builder().kind(Kind.MAIL).date(date).id("msgid:<" + date + "@t>").build();
    }

    @Test
    void theTimelineShowsTheMonthsWithoutRecordsAsGaps() {
        Tally t = new Tally();
        for (String d : List.of("2024-01-05", "2024-01-20", "2024-04-02")) {
            t.add(dated(d));
        }
        assertEquals(Map.of("2024-01", 2L, "2024-02", 0L, "2024-03", 0L, "2024-04", 1L), t.months());
    }

    @Test
    void anAbsurdDateDoesNotDrawCenturiesOfEmptyMonths() {
        Tally t = new Tally();
        t.add(dated("1901-01-01"));
        t.add(dated("2024-03-01"));
        assertEquals(Map.of("1901-01", 1L, "2024-03", 1L), t.months());
    }
}
