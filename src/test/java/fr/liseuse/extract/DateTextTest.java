package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void machineDatesKeepTheirTimeAndOffset() {
        assertEquals("2025-03-04", DateText.machine("2025-03-04"));
        assertEquals("2025-03-04", DateText.machine(" 2025-3-4 "));
        assertEquals("2025-03-04T10:15:00+01:00", DateText.machine("2025-03-04T10:15:00+01:00"));
        assertEquals("2025-03-04T10:15:00+01:00", DateText.machine("2025-03-04 10:15:00+0100"));
        assertEquals("2025-03-04T10:15:00", DateText.machine("2025-03-04T10:15"));
        assertEquals("2025-03-04T23:30:00-05:00", DateText.machine("2025-03-04T23:30:00-05:00"));
    }

    @Test
    void keepsTheTimeOfALooselyWrittenTimeStamp() {
        assertEquals("2020-12-05T23:15:00Z", DateText.machine("2020-12-05T23:15:0Z"));
        assertEquals("2020-12-05T09:05:00+01:00", DateText.machine("2020-12-05 9:5+0100"));
    }

    @Test
    void readsTwoDigitYearsInTheCenturyBeforeToday() {
        Today today = new Today(LocalDate.of(2026, 12, 7).toEpochDay() * 86_400_000L, () -> TimeZone.getTimeZone("Europe/Paris"));
        assertEquals(LocalDate.of(2023, 10, 31), DateText.shortYear("Von: Björn Jahner | 31.10.23", today));
        assertEquals(LocalDate.of(1999, 5, 4), DateText.shortYear("4.5.99", today));
        assertNull(DateText.shortYear("Version 1.10.2", today));
        assertNull(DateText.shortYear("31.02.23", today));
    }

    @Test
    void readsMailStyleDatesInTheirOwnOffset() {
        assertEquals("2019-10-19T00:04:00+02:00", DateText.machine("Sat, 19 Oct 2019 00:04:00 +0200"));
    }

    @Test
    void keepsTheDayOfAMalformedTimeStamp() {
        assertEquals("2022-01-10", DateText.machine("2022-01-10T22:06:08:684Z"));
    }

    @Test
    void machineSlashesReadMonthFirstAndDashesDayFirst() {
        assertEquals("2023-11-01", DateText.machine("11/01/2023 12:43:42"));
        assertEquals("2009-08-06", DateText.machine("06-08-2009T14:12:32+0200"));
    }

    @Test
    void machineValuesWrittenInWordsAreRead() {
        assertEquals("2025-03-01", DateText.machine("1er mars 2025"));
        assertEquals("2025-03-04", DateText.machine("Publié le 4 mars 2025 à 10 h"));
        assertNull(DateText.machine("mardi"));
        assertNull(DateText.machine(""));
    }

    @Test
    void readsFrenchDates() {
        assertEquals(LocalDate.of(2024, 3, 1), DateText.written("Publié le 1er mars 2024", true));
        assertEquals(LocalDate.of(2024, 2, 12), DateText.written("lundi 12 février 2024 à 10 h", true));
        assertEquals(LocalDate.of(2024, 12, 5), DateText.written("5 déc. 2024", true));
    }

    @Test
    void readsEnglishDates() {
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("Published on March 12, 2024", false));
        assertEquals(LocalDate.of(2019, 12, 29), DateText.written("December 29th 2019", false));
        assertEquals(LocalDate.of(2016, 9, 27), DateText.written("27 Sep 2016", false));
    }

    @Test
    void readsGermanDates() {
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("Dienstag, 12. März 2024", true));
        assertEquals(LocalDate.of(2022, 1, 28), DateText.written("28. Jan. 2022", true));
        assertEquals(LocalDate.of(2021, 11, 10), DateText.written("Veröffentlicht am 10.11.2021", true));
    }

    @Test
    void readsDatesOfOtherEuropeanLanguages() {
        assertEquals(LocalDate.of(2020, 4, 15), DateText.written("Miércoles, 15 de Abril de 2020", true));
        assertEquals(LocalDate.of(2021, 3, 2), DateText.written("2 de março de 2021", true));
        assertEquals(LocalDate.of(2019, 6, 7), DateText.written("7 giugno 2019", true));
        assertEquals(LocalDate.of(2018, 3, 14), DateText.written("14 maart 2018", true));
        assertEquals(LocalDate.of(2020, 5, 9), DateText.written("9 мая 2020 г.", true));
    }

    @Test
    void readsRomanianPolishTurkishAndArabicDates() {
        assertEquals(LocalDate.of(2020, 9, 20), DateText.written("Unica.md, 20 septembrie 2020 16:20", true));
        assertEquals(LocalDate.of(2021, 10, 4), DateText.written("4 października 2021", true));
        assertEquals(LocalDate.of(2022, 2, 14), DateText.written("14 Şubat 2022 Pazartesi", true));
        assertEquals("2020-10-07", DateText.machine("الأربعاء، 07 أكتوبر 2020 - 12:09 م"));
    }

    @Test
    void readsChineseJapaneseAndKoreanDates() {
        assertEquals(LocalDate.of(2020, 7, 3), DateText.written("2020年07月03日 | 日記", true));
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("2024년 3월 12일", true));
    }

    @Test
    void readsDatesSpacedWithNoBreakOrThinSpaces() {
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("12\u00a0mars\u00a02024", true));
        assertEquals(LocalDate.of(2022, 2, 4), DateText.written("Von DTB 4.\u20092.\u20092022.", true));
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("March\u00a012, 2024", false));
    }

    @Test
    void thePageLanguageDecidesTheOrderOfSlashedNumbers() {
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("12/03/2024", true));
        assertEquals(LocalDate.of(2024, 12, 3), DateText.written("12/03/2024", false));
        assertEquals(LocalDate.of(2024, 3, 25), DateText.written("25/03/2024", false));
        assertEquals(LocalDate.of(2024, 3, 12), DateText.written("12.03.2024", false));
    }

    @Test
    void takesTheFirstDateWritten() {
        assertEquals(LocalDate.of(2024, 3, 1),
                DateText.written("Publié le 1er mars 2024, mis à jour le 02/03/2024", true));
    }

    @Test
    void refusesWhatIsNoDay() {
        assertNull(DateText.written("31 février 2024", true));
        assertNull(DateText.written("© 2024 Ville de Lille", true));
        assertNull(DateText.written("13.13.2024", true));
        assertNull(DateText.written("Mairie, 12 rue des Arts", true));
    }
}
