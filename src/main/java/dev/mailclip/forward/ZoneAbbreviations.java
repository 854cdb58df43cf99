package dev.mailclip.forward;

import java.time.ZoneOffset;
import java.util.Map;

/**
 * Offsets of the zone abbreviations mail clients print after a time (Apple Mail: "10:49:13 AM GMT",
 * "07:00:38 BST"; German Apple Mail: "MEZ"). An abbreviation that names a summer or winter variant
 * fixes the offset by itself. Where one abbreviation means several zones (IST: India, Ireland,
 * Israel) the table keeps the most common reading in mail and says so.
 */
final class ZoneAbbreviations {
    private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
            entry("GMT", 0, 0), entry("UTC", 0, 0), entry("UT", 0, 0), entry("Z", 0, 0),
            entry("WET", 0, 0), entry("WEST", 1, 0), entry("BST", 1, 0),
            entry("CET", 1, 0), entry("CEST", 2, 0), entry("MEZ", 1, 0), entry("MESZ", 2, 0),
            entry("HNEC", 1, 0), entry("HAEC", 2, 0),
            entry("EET", 2, 0), entry("EEST", 3, 0), entry("OEZ", 2, 0), entry("OESZ", 3, 0),
            entry("MSK", 3, 0), entry("TRT", 3, 0),
            entry("IST", 5, 30), // India; Irish/Israeli summer time readings are rarer in forwards
            entry("PKT", 5, 0), entry("ICT", 7, 0), entry("WIB", 7, 0),
            entry("SGT", 8, 0), entry("HKT", 8, 0), entry("AWST", 8, 0), entry("PHT", 8, 0),
            entry("JST", 9, 0), entry("KST", 9, 0),
            entry("ACST", 9, 30), entry("ACDT", 10, 30), entry("AEST", 10, 0), entry("AEDT", 11, 0),
            entry("NZST", 12, 0), entry("NZDT", 13, 0),
            entry("AST", -4, 0), entry("ADT", -3, 0), entry("NST", -3, -30), entry("NDT", -2, -30),
            entry("EST", -5, 0), entry("EDT", -4, 0), entry("CST", -6, 0), entry("CDT", -5, 0),
            entry("MST", -7, 0), entry("MDT", -6, 0), entry("PST", -8, 0), entry("PDT", -7, 0),
            entry("AKST", -9, 0), entry("AKDT", -8, 0), entry("HST", -10, 0),
            entry("BRT", -3, 0), entry("ART", -3, 0));

    private ZoneAbbreviations() {
    }

    /** The offset an upper-case abbreviation stands for, or null. */
    static ZoneOffset offset(String abbreviation) {
        return OFFSETS.get(abbreviation);
    }

    private static Map.Entry<String, ZoneOffset> entry(String name, int hours, int minutes) {
        return Map.entry(name, ZoneOffset.ofHoursMinutes(hours, minutes));
    }
}
