package dev.mailclip.mail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Unflowing (RFC 3676): the in-place reading gives what the first, line-splitting one gave, kept here as reference. */
class FlowedTextTest {
    private static final List<String> PIECES = List.of("a", "word", " ", "  ", ">", "> ", ">>", "\n", "\r\n", "\r",
            "-- ", "--", "\u00a0", "x ");

    @Test
    void asTheLineSplittingReadingOnRandomTexts() {
        Random random = new Random(21);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String s = text.toString();
            boolean delSp = random.nextBoolean();
            assertEquals(reference(s, delSp), FlowedText.unflow(s, delSp), () -> s.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void flowedLinesJoinWithinOneQuoteDepth() {
        assertEquals("one two three\nfour", FlowedText.unflow("one \r\ntwo \r\nthree\r\nfour", false));
        assertEquals("onetwo\n> ab\nc", FlowedText.unflow("one \ntwo\n> a \n> b\nc", true));
        assertEquals("-- \nsig", FlowedText.unflow("-- \nsig", false));
    }

    private static final Pattern LINE_END = Pattern.compile("\r?\n");

    /** The first implementation (split into lines, each paragraph built apart). */
    private static String reference(String text, boolean delSp) {
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
        if (out.length() > 0 && out.charAt(out.length() - 1) == '\n' && !text.endsWith("\n")) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
