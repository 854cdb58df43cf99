package dev.mailclip.article;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatesTest {
    @Test
    void oneFormWithSeconds() {
        assertEquals("2024-09-28T07:45:00+01:00", Dates.normalise("2024-09-28T07:45+01:00"));
        assertEquals("2024-09-28T07:45:00+01:00", Dates.normalise(OffsetDateTime.parse("2024-09-28T07:45:00+01:00").toString()));
        assertEquals("2024-09-28T07:45:12Z", Dates.normalise("2024-09-28T07:45:12Z"));
        assertEquals("2024-09-28T07:45:00Z", Dates.normalise("2024-09-28 07:45z"));
        assertEquals("2024-09-28T07:45:00", Dates.normalise("2024-09-28T07:45"), "wall-clock time keeps no offset");
        assertEquals("2024-09-28", Dates.normalise("2024-09-28"));
        assertEquals("not a date", Dates.normalise("not a date"));
    }

    @Test
    void everyDateOfARecordHasIt() {
        Article a = Article.builder().published("2024-09-28T07:45+01:00").date("2024-09-28T07:45Z")
                .mail(new MailInfo(null, null, null, null, "2024-09-29T08:00+02:00", List.of(), null, null, null))
                .forwarded(List.of(new ForwardLayer(null, null, "2024-09-27T06:30-05:00", null))).build();
        String json = ArticleJson.line(a);
        assertEquals(json, ArticleJson.line(ArticleJson.read(json)));
        assertEquals("2024-09-28T07:45:00+01:00", a.published());
        assertEquals("2024-09-28T07:45:00Z", a.date());
        assertEquals("2024-09-29T08:00:00+02:00", a.mail().date());
        assertEquals("2024-09-27T06:30:00-05:00", a.forwarded().get(0).date());
        assertEquals("2024-09-29T08:00:00+02:00", Sightings.of(a).get(0).date());
    }
}
