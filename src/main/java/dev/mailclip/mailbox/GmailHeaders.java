package dev.mailclip.mailbox;

import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few header fields a mailbox reader needs before the message is parsed: Gmail's labels and
 * thread id, and Content-Length for mboxcl2 framing. Works on the raw header block.
 */
record GmailHeaders(List<String> labels, String threadId, long contentLength) {

    /** @param headerBlock the header lines as stored (folded or not, LF or CRLF) */
    static GmailHeaders parse(byte[] headerBlock) {
        List<String> labels = List.of();
        String thread = null;
        long length = -1;
        int end = RawHeaders.length(headerBlock);
        if (!RawHeaders.hasField(headerBlock, end, "x-gm", "content-length")) {
            return new GmailHeaders(labels, thread, length); // most mail: no field of these, and no parse
        }
        // labels are written as raw UTF-8 by Takeout; other header bytes do not matter here
        for (RawHeaders.Field f : RawHeaders.fields(headerBlock, end, StandardCharsets.UTF_8)) {
            switch (f.name()) {
                case "x-gmail-labels" -> labels = splitLabels(f.value());
                case "x-gm-thrid" -> thread = f.value().isEmpty() ? null : f.value();
                case "content-length" -> length = parseLength(f.value());
                default -> { }
            }
        }
        return new GmailHeaders(labels, thread, length);
    }

    /** Splits a label list on commas outside double quotes; decodes RFC 2047 words in each. */
    static List<String> splitLabels(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted && c == '\\' && i + 1 < value.length()) {
                cur.append(value.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                addLabel(out, cur);
            } else {
                cur.append(c);
            }
        }
        addLabel(out, cur);
        return out;
    }

    private static void addLabel(List<String> out, StringBuilder cur) {
        String label = cur.toString().trim();
        cur.setLength(0);
        if (label.isEmpty()) {
            return;
        }
        try {
            label = MimeUtility.decodeText(label);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            // an unknown charset in an encoded word: keep the label as written
        }
        out.add(label);
    }

    private static long parseLength(String value) {
        try {
            long n = Long.parseLong(value.trim());
            return n >= 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
