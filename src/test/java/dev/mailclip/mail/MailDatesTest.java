package dev.mailclip.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MailDatesTest {

    @Test
    void readsEveryMonthInAnyCaseAndLength() {
        String[] months = {"Jan", "FEB", "mar", "April", "May", "June", "July", "Aug", "Sept", "October", "nov", "Dec"};
        for (int i = 0; i < months.length; i++) {
            assertEquals(i + 1, MailDates.parse("Tue, 3 " + months[i] + " 2002 10:20:30 +0100").getMonthValue(), months[i]);
        }
    }

    @Test
    void keepsTheOffsetAndReadsOldForms() {
        assertEquals("2002-08-22T17:32:01-04:00", MailDates.parse("Thu, 22 Aug 2002 17:32:01 EDT").toString());
        assertEquals("2002-08-22T17:32Z", MailDates.parse("22 Aug 02 17:32 (UTC)").toString());
        assertEquals("1999-01-05T08:00+05:30", MailDates.parse("5 Jan 1999 08:00:00 +0530").toString());
    }

    @Test
    void noMonthIsNoDate() {
        assertNull(MailDates.parse("Thu, 22 Foo 2002 17:32:01 +0000"));
        assertNull(MailDates.parse("Thu, 22 Anf 2002 17:32:01 +0000"), "letters across two months' names");
        assertNull(MailDates.parse("Thu, 32 Aug 2002 17:32:01 +0000"));
        assertNull(MailDates.parse(null));
    }
}
