package dev.mailclip.mail;

/**
 * Undoes RFC 3676 format=flowed: a line ending in a space continues on the next line (with
 * DelSp=yes that space is dropped); a leading space is stuffing and is removed. Quoted lines
 * ("> ") only join lines of the same quote depth.
 */
final class FlowedText {
    private FlowedText() {
    }

    /**
     * The text unflowed: its lines ("\n" or "\r\n" ends) read in place and written straight to the result, a flowed
     * paragraph growing there until its last line (no split into strings, no line copied twice: this runs on every
     * flowed text part).
     */
    public static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        boolean open = false; // a flowed line was written and its paragraph goes on
        int openDepth = 0;
        for (int start = 0; start <= text.length(); ) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline > start && text.charAt(newline - 1) == '\r' ? newline - 1
                    : newline;
            int depth = 0;
            while (start + depth < end && text.charAt(start + depth) == '>') {
                depth++;
            }
            int from = start + depth;
            if (from < end && text.charAt(from) == ' ') {
                from++; // stuffing
            }
            boolean signature = end - from == 3 && text.startsWith("-- ", from);
            boolean flowed = !signature && end > from && text.charAt(end - 1) == ' ';
            if (open && depth != openDepth) {
                out.append('\n');
                open = false;
            }
            if (!open) {
                for (int k = 0; k < depth; k++) {
                    out.append('>');
                }
                if (depth > 0) {
                    out.append(' ');
                }
                openDepth = depth;
            }
            out.append(text, from, flowed && delSp ? end - 1 : end);
            open = flowed;
            if (!flowed) {
                out.append('\n');
            }
            start = newline < 0 ? text.length() + 1 : newline + 1;
        }
        // the last line (empty after a final line end) ended with one: keep the text's own ending
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n' && !text.endsWith("\n")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
