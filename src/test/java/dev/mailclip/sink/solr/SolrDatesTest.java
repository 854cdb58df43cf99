package dev.mailclip.sink.solr;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SolrDatesTest {

    @Test
    void aDayIsItsUtcMidnight() {
        assertEquals(Date.from(Instant.parse("2024-03-06T00:00:00Z")), SolrDates.toSolr("2024-03-06"));
    }

    @Test
    void anOffsetIsHonoured() {
        assertEquals(Date.from(Instant.parse("2025-01-02T16:20:31Z")), SolrDates.toSolr("2025-01-02T11:20:31-05:00"));
        assertEquals(Date.from(Instant.parse("2025-01-02T11:20:31Z")), SolrDates.toSolr("2025-01-02T11:20:31Z"));
    }

    @Test
    void aWallClockTimeIsReadAsUtc() {
        assertEquals(Date.from(Instant.parse("2024-12-31T09:05:00Z")), SolrDates.toSolr("2024-12-31T09:05"));
    }

    @Test
    void whatIsNotADateIsLeftOut() {
        assertNull(SolrDates.toSolr(null));
        assertNull(SolrDates.toSolr(" "));
        assertNull(SolrDates.toSolr("last Tuesday"));
        assertNull(SolrDates.toSolr("2024-13-45"));
    }
}
