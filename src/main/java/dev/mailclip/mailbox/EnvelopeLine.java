package dev.mailclip.mailbox;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The grammar of an mbox envelope ("From_") line, the only lines an mbox is split on. The forms
 * writers produce:
 * <ul>
 * <li>{@code From ADDR DATE}: the sender, then an asctime date, {@code Mon Jan  1 00:00:00 2024};
 *     seconds may be missing, a zone may stand before or after the year ({@code Mon Jan 01 10:00:00 +0000 2024},
 *     {@code Mon Jan 1 00:00:00 PST 2024}, {@code Mon Jan 1 00:00:00 2024 -0800}), the weekday may carry a
 *     comma, a UUCP {@code remote from HOST} may follow; ADDR may be empty (two spaces) or anything without
 *     a space ({@code MAILER-DAEMON}, {@code ???@???}, Gmail Takeout's {@code 1790000000000000001@xxx});</li>
 * <li>{@code From ADDR} with an RFC 5322 date ({@code Mon, 1 Jan 2024 00:00:00 +0000}), written by some
 *     exporters;</li>
 * <li>Netscape, Mozilla and Thunderbird: {@code From - DATE} and a bare {@code From -}.</li>
 * </ul>
 * A line of this grammar starts a message only when header lines follow it ({@link #isHeaderLine}):
 * a body line "From here on, ..." never does, and neither does a quoted envelope in a body.
 */
final class EnvelopeLine {
    /** Envelope lines are short; a longer line is a body line. */
    static final int MAX_LENGTH = 300;

    private static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String ZONE = "(?:[+-]\\d{4}|[A-Z]{1,5}(?:[+-]\\d{1,4})?)";
    private static final String TIME = "\\d{1,2}:\\d\\d(?::\\d\\d)?";
    /** asctime with its variants: zone before or after the year, comma after the weekday */
    private static final String ASCTIME = DAY + ",? +" + MONTH + " +\\d{1,2} +" + TIME
            + "(?: +" + ZONE + ")? +\\d{4}(?: +" + ZONE + ")?(?: +remote from \\S+)?";
    /** RFC 5322: "Mon, 1 Jan 2024 00:00:00 +0000" */
    private static final String RFC5322 = "(?:" + DAY + ", +)?\\d{1,2} +" + MONTH + " +\\d{4} +" + TIME
            + "(?: +" + ZONE + ")?(?: +\\(\\w{1,5}\\))?";
    private static final Pattern ENVELOPE = Pattern.compile(
            "From (?:-(?: +" + ASCTIME + ")?|\\S{0,254} +(?:" + ASCTIME + "|" + RFC5322 + "))[ \\t]*\\r?\\n?");
    /** an RFC 5322 field name of printable ASCII without a colon, then a colon */
    private static final Pattern HEADER = Pattern.compile("[!-9;-~]{1,100}[ \\t]*:.*\\r?\\n?", Pattern.DOTALL);

    private EnvelopeLine() {
    }

    /** Whether the line (terminator included or not) has the grammar of an envelope line. */
    public static boolean matches(byte[] line) {
        if (line.length > MAX_LENGTH || !ByteLines.startsWith(line, 0, "From ")) {
            return false;
        }
        return ENVELOPE.matcher(new String(line, StandardCharsets.ISO_8859_1)).matches();
    }

    /** Whether the line is a header field line, "Name: value", as must follow an envelope line. */
    public static boolean isHeaderLine(byte[] line) {
        if (line == null || line.length == 0) {
            return false;
        }
        int colon = -1;
        for (int i = 0; i < Math.min(line.length, 102); i++) {
            if (line[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon <= 0) {
            return false;
        }
        return HEADER.matcher(new String(line, 0, colon + 1, StandardCharsets.ISO_8859_1)).matches();
    }

    /** Whether the string (one line) has the grammar of an envelope line. */
    public static boolean matches(String line) {
        return matches(line.getBytes(StandardCharsets.ISO_8859_1));
    }
}
