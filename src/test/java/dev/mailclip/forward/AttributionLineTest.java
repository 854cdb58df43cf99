package dev.mailclip.forward;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AttributionLineTest {
    private static final String JOHN = "John Doe <john@example.com>";

    @Test
    void verbAtTheEnd() {
        AttributionLine line = AttributionLine.read("On Wed, Mar 6, 2024 at 10:15 AM " + JOHN + " wrote:");
        assertEquals(JOHN, line.from());
        assertEquals("2024-03-06T10:15:00", line.date());
        assertEquals("fr", AttributionLine.read("Le 28/10/2021 à 12:46, " + JOHN + " a écrit :").language().code());
    }

    @Test
    void verbBeforeTheSender() {
        AttributionLine line = AttributionLine.read("Am 28.10.2021 um 12:46 schrieb " + JOHN + ":");
        assertEquals(JOHN, line.from());
        assertEquals("2021-10-28T12:46:00", line.date());
    }

    @Test
    void anEnglishDayAndMonthThatCouldSwapGiveNoDate() {
        AttributionLine line = AttributionLine.read("On 03/10/2021 12:46, " + JOHN + " wrote:");
        assertEquals(JOHN, line.from());
        assertNull(line.date());
    }

    @Test
    void linesThatAreNoAttribution() {
        assertNull(AttributionLine.read("Here is what she wrote:"));
        assertNull(AttributionLine.read("At 12:46 the train rewrote:"));
        assertNull(AttributionLine.read("On 28/10/2021 12:46, " + JOHN + " wrote"));
    }

    @Test
    void aLineWithoutAVerbGivesItsSenderAndDateOnlyWithAnAddressAndADate() {
        AttributionLine.Dated yandex = AttributionLine.readWithoutVerb("06.03.2024, 21:14, \"Сергей Петров\" <sergey@example.ru>:");
        assertEquals("Сергей Петров <sergey@example.ru>", yandex.from());
        assertEquals("06.03.2024, 21:14", yandex.dateAsWritten());
        AttributionLine.Dated mailRu = AttributionLine.readWithoutVerb("Четверг, 7 марта 2024, 10:15 +03:00 от Сергей Петров <s@example.ru>:");
        assertEquals("Сергей Петров <s@example.ru>", mailRu.from());
        assertNull(AttributionLine.readWithoutVerb("06.03.2024, 21:14, Сергей Петров:"), "no address");
        assertNull(AttributionLine.readWithoutVerb("21:14:05, Сергей Петров <s@example.ru>:"), "a clock, no date");
        assertNull(AttributionLine.readWithoutVerb("06.03.2024, Сергей Петров <s@example.ru>:"), "no clock");
    }
}
