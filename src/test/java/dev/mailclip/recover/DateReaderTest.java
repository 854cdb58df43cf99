package dev.mailclip.recover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateReaderTest {
    private static final LocalDate MAIL_DAY = LocalDate.of(2025, 1, 2);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "March 6, 2024|2024-03-06",
            "6 March 2024|2024-03-06",
            "2024-03-06|2024-03-06",
            "Published March 6, 2024|2024-03-06",
            "Posted on 5 September 2024|2024-09-05",
            "Monday, February 10, 2025|2024-12-31",
            "14 Nov 2024|2024-11-14",
            "Jul 9, 2024|2024-07-09",
            "Sept. 3, 2024|2024-09-03",
            "August 4, 2010 10:37 AM|2010-08-04",
            "6. März 2024|2024-03-06",
            "6 de marzo de 2024|2024-03-06",
            "le 6 mars 2024|2024-03-06",
            "6 maart 2024|2024-03-06",
            "06.03.2024|2024-03-06",
            "25/03/2024|2024-03-25",
            "2024-03-06T10:15:00+01:00|2024-03-06T10:15+01:00",
            "Published March 6, 2024, updated March 7, 2024|2024-03-06",
            "'5 marzo 2024 (modifica il 6 marzo 2024 | 09:12)'|2024-03-05",
            "Publié le 6 mars 2024 à 06h00, modifié le 7 mars 2024 à 10h12|2024-03-06",
            "6. März 2024, aktualisiert am 7. März 2024|2024-03-06",
            // beyond western Europe: the month names of every language the forward vocabulary knows
            "6 марта 2024 г.|2024-03-06",
            "Опубликовано 6 марта 2024|2024-03-06",
            "6 березня 2024|2024-03-06",
            "Opublikowano: 6 marca 2024|2024-03-06",
            "6. března 2024|2024-03-06",
            "6. maaliskuuta 2024|2024-03-06",
            "2024. március 6.|2024-03-06",
            "6 Mart 2024|2024-03-06",
            "6 Μαρτίου 2024|2024-03-06",
            "6 mars 2024 kl. 10:00|2024-03-06",
            // and further: weekdays after the date, other scripts' digits and month names, the Buddhist era
            "6 Mart 2024 Çarşamba|2024-03-06",
            "'2024. március 6., szerda'|2024-03-06",
            "'الأربعاء، 6 مارس 2024'|2024-03-06",
            "12.3.2024 klo 8.30|2024-03-12",
            "Дата публикации: 07.03.2024|2024-03-07",
            "Data publikacji: 6 marca 2024|2024-03-06",
            "פורסם: 6 במרץ 2024|2024-03-06",
            "6 मार्च 2024|2024-03-06",
            "'প্রকাশ: ০৬ মার্চ ২০২৪, ১৪: ৩৫'|2024-03-06",
            "12 มีนาคม 2567|2024-03-12",
            "6 มี.ค. 2567 14:35 น.|2024-03-06",
            "'Thứ Tư, ngày 6 tháng 3 năm 2024'|2024-03-06",
            "６ March ２０２４|2024-03-06",
            "Wed 21 Feb 2024 00.01 GMT|2024-02-21",
            "14 de abril de 2024 às 18h20|2024-04-14",
            "6 de març de 2024|2024-03-06",
            "2024年3月6日|2024-03-06",
            "2024年3月6日（水）10:00|2024-03-06",
            "公開日：2024年3月6日|2024-03-06",
            "发布时间：2024年3月6日 10:00|2024-03-06",
            "2024년 3월 6일|2024-03-06",
            "2024年3月6日 10時30分|2024-03-06",
            "2024.03.06. 오전 10:15|2024-03-06",
            "2024. 3. 6.|2024-03-06",
            "입력2024.03.06. 오전 10:15  수정2024.03.06. 오전 11:02|2024-03-06",
            "2024/3/6|2024-03-06",
            "6 مارس 2024|2024-03-06",
            "٦ مارس ٢٠٢٤|2024-03-06",
            "6 آذار 2024|2024-03-06",
            "6 במרץ 2024|2024-03-06",
            "6 Maret 2024|2024-03-06",
            "2024-03-06 10:15 来源：澎湃新闻|2024-03-06",
            "March 6, 2024 10:15 Source: The Atlantic|2024-03-06",
    })
    void readsDatelinesAsArticlesShowThem(String line, String iso) {
        LocalDate reference = iso.startsWith("2024-12-31") ? LocalDate.of(2025, 3, 1) : MAIL_DAY;
        Optional<FoundDate> d = DateReader.readLine(line, reference);
        if (iso.equals("2024-12-31")) {
            // "Monday, February 10, 2025" against a mail of 1 March 2025
            assertEquals("2025-02-10", d.orElseThrow().iso());
            return;
        }
        assertEquals(iso, d.orElseThrow(() -> new AssertionError("not read: " + line)).iso());
        assertFalse(d.get().yearInferred());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9–11 minutes", "~4 minutes", "03/04/2024", "March 2024", "Top 10 Tips",
            "Jessica Alexander", "1989-12-31", "2025-01-05", "May the force be with you", "",
            "London — March 6, 2024", "Top 10 Tips - March 6, 2024",
            "March 6, 2024, and what came after", "2024年13月6日", "5 listopada 2024", "2030年3月6日",
            "06-03-2024", "555-12-1234", "1-2-3", "March 6, 2024 Source: a very long text that goes on and on past forty",
            "6 March 2024 Reuters", "вчера, 10:30", "2 saat önce", "לפני 3 שעות", "12/03/2024 08:30", "6 มี.ค. 2610"})
    void leavesAloneWhatIsNotADateOrCannotBeTrusted(String line) {
        assertTrue(DateReader.readLine(line, MAIL_DAY).isEmpty(), line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "London — March 6, 2024|2024-03-06",
            "WASHINGTON, D.C. - March 6, 2024|2024-03-06",
            "NEW YORK — March 6, 2024|2024-03-06",
            "Madrid - 6 mar 2024 - 05:30 CET|2024-03-06",
            "March 6, 2024|2024-03-06",
    })
    void aDatelineMayNameThePlaceBeforeItsDate(String line, String iso) {
        assertEquals(iso, DateReader.readDateline(line, MAIL_DAY).orElseThrow(() -> new AssertionError(line)).iso());
    }

    @ParameterizedTest
    @ValueSource(strings = {"London — a city of March 6, 2024", "the office - March 6, 2024",
            "Top 10 Tips - March 6, 2024", "London — 9–11 minutes", "Sarah Schwartz — March 6, 2024",
            "By Sarah Schwartz — March 6, 2024", "BY SARAH SCHWARTZ — March 6, 2024", "By — March 6, 2024"})
    void aPlaceIsOneWordOrCapitalsAndADashNotAByline(String line) {
        assertTrue(DateReader.readDateline(line, MAIL_DAY).isEmpty(), line);
    }

    @Test
    void aDateWithoutAYearTakesTheLatestSuchDayNotAfterTheMail() {
        FoundDate d = DateReader.readLine("December 31", MAIL_DAY).orElseThrow();
        assertEquals("2024-12-31", d.iso());
        assertTrue(d.yearInferred());
        assertEquals("2025-01-01", DateReader.readLine("Wed, Jan 1", MAIL_DAY).orElseThrow().iso());
        assertTrue(DateReader.readLine("December 31", null).isEmpty(), "no mail date, no year: not read");
    }

    @Test
    void aDayWithoutAYearJustAheadOfTheMailIsNoDate() {
        // an agenda's day a week after the mail: not the same day of last year
        assertTrue(DateReader.readLine("January 8", MAIL_DAY).isEmpty());
        assertTrue(DateReader.readLine("Feb 1", MAIL_DAY).isEmpty());
        // more than a month ahead: the day of last year, as before
        assertEquals("2024-02-03", DateReader.readLine("Feb 3", MAIL_DAY).orElseThrow().iso());
    }

    @Test
    void monthNamesAreReadInSeveralLanguages() {
        assertEquals(Integer.valueOf(3), DateReader.month("März"));
        assertEquals(Integer.valueOf(5), DateReader.month("mai"));
        assertEquals(Integer.valueOf(10), DateReader.month("oktober"));
        assertEquals(Integer.valueOf(8), DateReader.month("août"));
    }
}
