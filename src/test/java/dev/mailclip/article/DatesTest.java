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

    /** The shortcut for a date already in the one form gives what the full rule gives, and never more. */
    @Test
    void aDateAlreadyInTheFormIsKeptAndEveryOtherStillNormalised() {
        for (String normal : new String[]{"2024-09-28T07:45:00", "2024-09-28T07:45:00Z", "2024-09-28T07:45:00+01:00",
                "2024-09-28T07:45:00-05:30", "2024-09-28"}) {
            assertEquals(normal, Dates.normalise(normal));
        }
        assertEquals("2024-09-28T07:45:00Z", Dates.normalise("2024-09-28t07:45:00z"));
        assertEquals("2024-09-28T07:45:00+01:00", Dates.normalise("2024-09-28 07:45:00+01:00"));
        assertEquals("2024-09-28T07:45:00.5Z", Dates.normalise("2024-09-28T07:45:00.5Z"));
        assertEquals("2024-09-28T07:45:00+0100", Dates.normalise("2024-09-28T07:45:00+0100"), "not the form: as it was");
        assertEquals("2024-09-28T07:45:0x", Dates.normalise("2024-09-28T07:45:0x"));
        java.util.Random random = new java.util.Random(3);
        String chars = "0123456789-:T tZz+.";
        for (int round = 0; round < 20000; round++) {
            StringBuilder v = new StringBuilder("2024-09-28T07:45:00+01:00");
            for (int k = random.nextInt(3); k >= 0; k--) {
                v.setCharAt(random.nextInt(v.length()), chars.charAt(random.nextInt(chars.length())));
            }
            String once = Dates.normalise(v.toString());
            assertEquals(once, Dates.normalise(once), v.toString());
        }
    }
}
