package dev.mailclip.recover;

import java.time.LocalDate;

/**
 * A date read from an article.
 *
 * @param iso          the value for the record: {@code 2024-03-06}, or a date-time with offset when the
 *                     source states one
 * @param yearInferred true when the text gave no year and it was taken from the mail's date
 */
record FoundDate(LocalDate day, String iso, boolean yearInferred) {
}
