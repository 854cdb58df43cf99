package dev.mailclip.mail;

import java.util.regex.Pattern;

/**
 * Undoes RFC 3676 format=flowed: a line ending in a space continues on the next line (with
 * DelSp=yes that space is dropped); a leading space is stuffing and is removed. Quoted lines
 * ("> ") only join lines of the same quote depth.
 */
final class FlowedText {
    /** compiled once: String.split compiles its regex at every call */
    private static final Pattern LINE_END = Pattern.compile("\r?\n");

    private FlowedText() {
    }

    public static String unflow(String text, boolean delSp) {
        String[] lines = LINE_END.split(text, -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder pending = null;
        int pendingDepth = 0;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            boolean signature = line.equals("-- ");
            boolean flowed = !signature && line.endsWith(" ");
            if (pending != null && depth != pendingDepth) {
                out.append(pending).append('\n');
                pending = null;
            }
            if (pending == null) {
                pending = new StringBuilder();
                pending.append(">".repeat(depth));
                if (depth > 0) {
                    pending.append(' ');
                }
                pendingDepth = depth;
            }
            pending.append(flowed && delSp ? line.substring(0, line.length() - 1) : line);
            if (!flowed) {
                out.append(pending).append('\n');
                pending = null;
            }
        }
        if (pending != null) {
            out.append(pending);
        }
        // split(-1) leaves one trailing empty line for a final newline: keep the text's own ending
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n' && !text.endsWith("\n")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
