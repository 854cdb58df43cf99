package dev.mailclip.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * A search hit's snippet cut into plain and matched pieces. The archive marks matched words with [ and ]; the
 * template writes each piece escaped and wraps the matched ones in {@code <mark>}, so no text from mail is
 * ever written as markup.
 */
public final class Snippet {
    private Snippet() {
    }

    /** A run of text, matched or not. */
    public record Piece(String text, boolean matched) {
    }

    public static List<Piece> pieces(String snippet) {
        List<Piece> out = new ArrayList<>();
        if (snippet == null) {
            return out;
        }
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf('[', i);
            int close = open < 0 ? -1 : snippet.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                out.add(new Piece(snippet.substring(i), false));
                break;
            }
            if (open > i) {
                out.add(new Piece(snippet.substring(i, open), false));
            }
            out.add(new Piece(snippet.substring(open + 1, close), true));
            i = close + 1;
        }
        return out;
    }
}
