package dev.mailclip.forward;

import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidies a From/To value as a forward shows it into "Name <address>" (or the address alone). */
final class Addresses {
    /** Outlook's older "Name [mailto:a@b]" and text renderings' "<mailto:a@b>". */
    private static final Pattern MAILTO = Pattern.compile("[\\[<(]\\s{0,3}mailto:([^\\]>)\\s]{1,320})\\s{0,3}[\\]>)]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SINGLE = Pattern.compile("^(.{0,300}?)\\s{0,5}<([^<>\\s]{1,320}@[^<>\\s]{1,320})>$");
    private static final int MAX_LENGTH = 4000;

    private Addresses() {
    }

    static String tidy(String value) {
        if (value == null) {
            return null;
        }
        String s = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
        s = MAILTO.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1) + ">"));
        s = s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        if (s.contains("=?")) {
            s = decoded(s); // a header copied raw: "=?utf-8?B?U8O4cmVu?= <soren@example.dk>"
        }
        // QQ Mail and Naver end a list of one with its separator: "\"王磊\"<wanglei@qq.com>;"
        while (s.endsWith(";") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty()) {
            return null;
        }
        Matcher single = SINGLE.matcher(s);
        if (single.matches()) {
            String name = unquote(single.group(1).strip());
            String address = single.group(2);
            if (name.isEmpty() || name.equalsIgnoreCase(address)) {
                return address;
            }
            return name + " <" + address + ">";
        }
        return s;
    }

    /** RFC 2047 encoded words decoded; the value as it is when they do not decode. */
    private static String decoded(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return value;
        }
    }

    /** Drops the quotes and Gmail's *bold* marks around a display name. */
    private static String unquote(String name) {
        String s = name;
        boolean changed = true;
        while (changed && s.length() >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            changed = (first == '"' && last == '"') || (first == '*' && last == '*') || (first == '\'' && last == '\'');
            if (changed) {
                s = s.substring(1, s.length() - 1).strip();
            }
        }
        return s;
    }
}
