package dev.mailclip.mail;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bare mailbox addresses (lower case) of an address header, read leniently. */
final class Mailboxes {
    private Mailboxes() {
    }

    static List<String> all(String header) {
        List<String> out = new ArrayList<>();
        if (header == null || header.length() > 20_000) {
            return out;
        }
        try {
            for (Address a : InternetAddress.parseHeader(header, false)) {
                if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                    out.add(ia.getAddress().strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (Exception e) {
            // an unreadable address header names no mailbox
        }
        return out;
    }

    static String first(String header) {
        List<String> all = all(header);
        return all.isEmpty() ? null : all.get(0);
    }
}
