package dev.mailclip.forward;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Dates as each client prints them, in the language of the header labels. */
class ForwardDatesTest {

    private static String iso(String language, String shown) {
        Language lang = ForwardVocabulary.LANGUAGES.stream().filter(l -> l.code().equals(language)).findFirst()
                .orElseThrow();
        return ForwardDates.toIso(shown, List.of(lang));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            // Outlook: wall-clock time, no offset
            "en | Friday, June 20, 2025 9:41 AM | 2025-06-20T09:41:00",
            "en | Tuesday, January 6, 2026 9:50 PM | 2026-01-06T21:50:00",
            "en | 01 May 2019 05:05 | 2019-05-01T05:05:00",
            "en | Monday, December 1, 2025 12:05 AM | 2025-12-01T00:05:00",
            "de | Freitag, 20. Juni 2025 09:41 | 2025-06-20T09:41:00",
            "fr | vendredi 20 juin 2025 09:41 | 2025-06-20T09:41:00",
            "es | viernes, 20 de junio de 2025 9:41 | 2025-06-20T09:41:00",
            "it | venerdì 20 giugno 2025 09:41 | 2025-06-20T09:41:00",
            "pt | sexta-feira, 20 de junho de 2025 09:41 | 2025-06-20T09:41:00",
            "nl | vrijdag 20 juni 2025 09:41 | 2025-06-20T09:41:00",
            "da | 20. juni 2025 09:41 | 2025-06-20T09:41:00",
            "no | fredag 20. juni 2025 09:41 | 2025-06-20T09:41:00",
            "sv | den 20 juni 2025 09:41 | 2025-06-20T09:41:00",
            "fi | perjantai 20. kesäkuuta 2025 9.41 | 2025-06-20T09:41:00",
            "pl | piątek, 20 czerwca 2025 09:41 | 2025-06-20T09:41:00",
            "cs | pátek 20. června 2025 9:41 | 2025-06-20T09:41:00",
            "sk | piatok 20. júna 2025 9:41 | 2025-06-20T09:41:00",
            "hr | petak, 20. lipnja 2025. 09:41 | 2025-06-20T09:41:00",
            "hu | 2025. június 20., péntek 9:41 | 2025-06-20T09:41:00",
            "ro | vineri, 20 iunie 2025 09:41 | 2025-06-20T09:41:00",
            "ru | 20 июня 2025 г. 9:41 | 2025-06-20T09:41:00",
            "uk | 20 червня 2025 р. 9:41 | 2025-06-20T09:41:00",
            "tr | 20 Haziran 2025 Cuma 09:41 | 2025-06-20T09:41:00",
            "ja | 2025年6月20日 9:41 | 2025-06-20T09:41:00",
            "zh | 2025年6月20日 下午 9:41 | 2025-06-20T21:41:00",
            "ko | 2025년 6월 20일 금요일 오후 9:41 | 2025-06-20T21:41:00",
            "ar | الجمعة، 20 يونيو 2025 9:41 م | 2025-06-20T21:41:00",
            "de | 20.06.2025 09:41 | 2025-06-20T09:41:00",
            "cs | 20. 6. 2025 9:41:32 | 2025-06-20T09:41:32",
            // Gmail: wall-clock time
            "en | Wed, Mar 6, 2024 at 10:15\u202fAM | 2024-03-06T10:15:00",
            "de | Mi., 6. März 2024 um 10:15 Uhr | 2024-03-06T10:15:00",
            "fr | mer. 6 mars 2024 à 10:15 | 2024-03-06T10:15:00",
            "es | mié, 6 mar 2024 a las 10:15 | 2024-03-06T10:15:00",
            "es | mar, 2 abr 2024 a las 10:15 | 2024-04-02T10:15:00",
            "ja | 2024年3月6日(水) 10:15 | 2024-03-06T10:15:00",
            // Apple Mail: a zone abbreviation or GMT offset
            "en | February 29, 2024 at 10:49:13 AM GMT | 2024-02-29T10:49:13Z",
            "en | January 12, 2024 at 7:49:51 AM CET | 2024-01-12T07:49:51+01:00",
            "en | 27 October 2023 at 07:00:38 BST | 2023-10-27T07:00:38+01:00",
            "en | 13 April 2025 at 13:16:46 EDT | 2025-04-13T13:16:46-04:00",
            "en | 15 December 2025 at 16:01:34 GMT-5 | 2025-12-15T16:01:34-05:00",
            "fr | 15 décembre 2025 à 16:01:34 UTC\u22125 | 2025-12-15T16:01:34-05:00",
            "de | 27. Oktober 2023 um 07:00:38 MESZ | 2023-10-27T07:00:38+02:00",
            // Thunderbird and RFC 5322: numeric offsets
            "en | Thu, 29 Feb 2024 10:49:13 +0100 | 2024-02-29T10:49:13+01:00",
            "en | Sun, 2 Nov 2025 18:58:29 +0530 | 2025-11-02T18:58:29+05:30",
            "en | Wed, 6 Mar 2024 10:15:00 -0500 (EST) | 2024-03-06T10:15:00-05:00",
            "de | Do., 29. Feb. 2024 10:49:13 +0100 | 2024-02-29T10:49:13+01:00",
            // Yahoo
            "en | Wednesday, March 6, 2024 at 10:15:00 AM EST | 2024-03-06T10:15:00-05:00",
            // ISO as written
            "en | 2024-03-06T10:15:00+01:00 | 2024-03-06T10:15:00+01:00",
    })
    void readsClientDates(String language, String shown, String expected) {
        assertEquals(expected, iso(language, shown.strip()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "en | 3/6/2024 10:15 AM",
            "en | Wednesday 10:15",
            "en | March 6 at 10:15",
            "en | February 30, 2024 10:15 AM",
            "en | yesterday",
            "en | 13:99",
    })
    void leavesUnreadableDatesNull(String language, String shown) {
        assertNull(iso(language, shown.strip()));
    }

    @org.junit.jupiter.api.Test
    void aWeekdayOfOneOfTheHeadersLanguagesIsNoMonthOfAnother() {
        // Gmail's Spanish forward keeps English labels ("Date:", "Subject:"): "mar" is martes, not March
        List<Language> enThenEs = List.of("en", "es").stream().map(code -> ForwardVocabulary.LANGUAGES.stream()
                .filter(l -> l.code().equals(code)).findFirst().orElseThrow()).toList();
        assertEquals("2024-05-14T09:00:00", ForwardDates.toIso("mar, 14 may 2024 a las 9:00", enThenEs));
        assertEquals("2024-03-14T09:00:00", ForwardDates.toIso("Thu, 14 Mar 2024 at 9:00", enThenEs));
    }
}
