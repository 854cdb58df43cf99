package dev.mailclip.recover;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditLineTest {
    private static final LocalDate MAIL_DAY = LocalDate.of(2024, 3, 7);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Posted on March 6, 2024 by Jane Doe|Jane Doe|2024-03-06",
            "Published March 6, 2024 by Jane Doe|Jane Doe|2024-03-06",
            "Posted by Jane Doe on March 6, 2024|Jane Doe|2024-03-06",
            "By Jane Doe on March 6, 2024|Jane Doe|2024-03-06",
            "By Jane Doe · March 6, 2024|Jane Doe|2024-03-06",
            "By Jane Doe • 6 min read|Jane Doe|-",
            "8 min read · Mar 6, 2024|-|2024-03-06",
            "Mar 6, 2024 · 8 min read|-|2024-03-06",
            "Tom Becker · 7 min read · Mar 6, 2024|Tom Becker|2024-03-06",
            "Publié le 6 mars 2024 par Jean Dupont|Jean Dupont|2024-03-06",
            "Veröffentlicht am 6. März 2024 von Hans Müller|Hans Müller|2024-03-06",
            "Publicado el 6 de marzo de 2024 por Juan Pérez|Juan Pérez|2024-03-06",
            // a feed reader's share: the site's name, then the byline: the name after "by" is the author
            "The Example Ledger · by Samuel Ortiz · Mar 2, 2024|Samuel Ortiz|2024-03-02",
            "Harbour News · by Maja Berg · March 6, 2024|Maja Berg|2024-03-06",
    })
    void readsTheBylineAndTheDateOfOneLine(String line, String author, String date) {
        CreditLine.Read read = CreditLine.read(line, MAIL_DAY).orElseThrow();
        assertEquals(author, read.author());
        assertEquals(date, read.date() == null ? null : read.date().iso());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // one thing alone is a date line or a byline, which other readers take
            "March 6, 2024",
            "By Jane Doe",
            "8 min read",
            // a part that is neither: no credit line
            "Posted on March 6, 2024 by the river",
            "March 6, 2024 · Opinion · Jane Doe",
            "March 6, 2024 · the river",
            "We met on March 6, 2024 by chance",
            "By Jane Doe on the state of the 2024 budget",
            "Home · News · Politics · March 6, 2024 · 8 min read",
    })
    void refusesALineThatHoldsMoreOrLess(String line) {
        assertTrue(CreditLine.read(line, MAIL_DAY).isEmpty(), line);
    }
}
