package dev.mailclip.recover;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line under a title that holds what pages more often put on two: the byline with the date
 * (WordPress's "Posted on March 6, 2024 by Jane Doe", "By Jane Doe on March 6, 2024",
 * "Publié le 6 mars 2024 par Jean Dupont"), or the reading time with the date (Medium's
 * "8 min read · Mar 6, 2024", "Tom Becker · 7 min read · May 18, 2024"). Every part of the line must be one of
 * these, or it is no credit line.
 */
final class CreditLine {
    /** what pages set between a credit line's parts */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[·•|—–]\\s+");
    /** a date, then "by" and a capitalised name, in the languages of {@link Bylines} and Italian's "da" after a date */
    private static final Pattern DATE_BY = Pattern.compile(
            "^(.{6,60}?)\\s+(?iu:" + Bylines.BY_WORDS + "|da)\\s+(\\p{Lu}.{1,60})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_LENGTH = 160;
    private static final int MAX_PARTS = 4;

    /** The author and date one line gave; either may be null, not both. */
    record Read(String author, FoundDate date) {
    }

    private CreditLine() {
    }

    /** @param mailDay the mail's day, for a date without a year and for a date after it */
    static Optional<Read> read(String line, LocalDate mailDay) {
        // a credit line's date and reading time are in digits
        if (line == null || line.length() > MAX_LENGTH || !DateReader.hasDigit(line)) {
            return Optional.empty();
        }
        String[] parts = SEPARATOR.split(line.strip(), MAX_PARTS + 1);
        if (parts.length > MAX_PARTS) {
            return Optional.empty();
        }
        String author = null;
        String nameAlone = null;
        boolean siteAlone = false;
        FoundDate date = null;
        boolean readingTime = false;
        for (String part : parts) {
            if (ReadingTime.is(part)) {
                readingTime = true;
                continue;
            }
            Optional<FoundDate> alone = DateReader.readLine(part, mailDay);
            if (alone.isPresent()) {
                date = date == null ? alone.get() : date;
                continue;
            }
            Matcher dateBy = DATE_BY.matcher(part);
            Optional<FoundDate> before = dateBy.matches() ? DateReader.readLine(dateBy.group(1), mailDay) : Optional.empty();
            String named = before.isPresent() ? name(dateBy.group(2)) : null;
            if (named != null) {
                date = date == null ? before.get() : date;
                author = author == null ? named : author;
                continue;
            }
            if (!Bylines.startsWithBy(part)) {
                // a name alone beside a date or reading time: "Tom Becker · 7 min read · May 18, 2024"
                if (parts.length > 1 && nameAlone == null && Bylines.looksLikePerson(part)) {
                    nameAlone = part.strip();
                    continue;
                }
                if (parts.length > 2 && !siteAlone && looksLikeSiteName(part)) {
                    siteAlone = true; // "Harbour News · by Maja Berg · May 13, 2025": the site's name, left aside
                    continue;
                }
                return Optional.empty();
            }
            // "By Jane Doe", "By Jane Doe on March 6, 2024", "Posted by Jane Doe, March 6, 2024"
            Bylines.NameAndDate byline = Bylines.splitDate(part, mailDay);
            String name = name(byline.name());
            if (name == null) {
                return Optional.empty();
            }
            author = author == null ? name : author;
            date = date == null ? byline.date() : date;
        }
        // a name after "by" is the author; a name alone beside it is the site's ("The Ledger · by Sam Ortiz · …")
        author = author != null ? author : siteAlone ? null : nameAlone;
        if (siteAlone && author == null) {
            return Optional.empty(); // a site's name and a date: no byline to read
        }
        boolean twoThings = date != null && (author != null || readingTime) || author != null && readingTime;
        return twoThings ? Optional.of(new Read(author, date)) : Optional.empty();
    }

    /** A few capitalised words without digits or sentence marks: a site's name ("Harbour News", "The Example Ledger"). */
    private static boolean looksLikeSiteName(String part) {
        String s = part.strip();
        return !s.isEmpty() && Character.isUpperCase(s.charAt(0)) && SPACES.split(s).length <= MAX_NAME_WORDS
                && s.chars().noneMatch(c -> Character.isDigit(c) || ".,;:!?".indexOf(c) >= 0);
    }

    /** A byline's name: a few words, no digits, not starting in lower case; null when it is none. */
    private static String name(String text) {
        String name = Bylines.clean(text);
        if (name == null || name.isEmpty() || Character.isLowerCase(name.charAt(0))
                || SPACES.split(name).length > MAX_NAME_WORDS || name.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        return name;
    }
}
