package dev.mailclip.forward;

/** Reads and removes "> " quoting, nested ("> > " or ">>") included. */
final class QuotedText {
    private QuotedText() {
    }

    /** How many quote levels open the line. */
    static int depth(String line) {
        int depth = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '>') {
                depth++;
            } else if (c != ' ' && c != '\t') {
                break;
            }
            i++;
        }
        return depth;
    }

    /** The line with up to {@code levels} quote markers (and the one space after each) removed. */
    static String strip(String line, int levels) {
        int i = 0;
        int removed = 0;
        int end = i;
        while (removed < levels && i < line.length()) {
            char c = line.charAt(i);
            if (c == '>') {
                removed++;
                i++;
                if (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                end = i;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else {
                break;
            }
        }
        return removed == 0 ? line : line.substring(end);
    }

    /** The line with all its quote markers removed. */
    static String stripAll(String line) {
        return strip(line, Integer.MAX_VALUE);
    }
}
