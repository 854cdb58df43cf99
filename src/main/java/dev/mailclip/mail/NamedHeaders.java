package dev.mailclip.mail;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A few header names, and their values in a message gathered in one pass over its header lines. Looked up one by
 * one, each name went through all the lines (the mail signals read 22 names, most of them absent, over some 30 lines
 * of real mail: 4 % of the extract). A value is what {@code MimeMessage.getHeader(name, ", ")} gives, unfolded: every
 * line of the name, in any case, in order, joined by ", ".
 */
final class NamedHeaders {
    private final Set<String> names;
    /** the names asked for, by their length: a header line of another length is passed over at once */
    private final String[][] byLength;

    /** @param names the headers asked for, spelled as they will be asked for */
    NamedHeaders(Collection<String> names) {
        this.names = Set.copyOf(names);
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        List<List<String>> lists = new ArrayList<>();
        for (int n = 0; n <= longest; n++) {
            lists.add(new ArrayList<>());
        }
        names.forEach(name -> lists.get(name.length()).add(name));
        byLength = lists.stream().map(list -> list.toArray(String[]::new)).toArray(String[][]::new);
    }

    /** The values of these headers in the part: asked of a name outside them, an IllegalArgumentException. */
    MailSignals.Headers of(Part part) throws MessagingException {
        Map<String, String> values = new HashMap<>();
        for (Enumeration<Header> all = part.getAllHeaders(); all.hasMoreElements(); ) {
            Header line = all.nextElement();
            String name = asked(line.getName());
            if (name != null) {
                values.merge(name, line.getValue(), (first, next) -> first + ", " + next);
            }
        }
        values.replaceAll((name, value) -> MimeUtility.unfold(value));
        return name -> {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("header not gathered: " + name);
            }
            return values.get(name);
        };
    }

    /** The name as asked for, or null when it is not. */
    private String asked(String name) {
        if (name.length() >= byLength.length) {
            return null;
        }
        for (String candidate : byLength[name.length()]) {
            if (candidate.equalsIgnoreCase(name)) {
                return candidate;
            }
        }
        return null;
    }
}
