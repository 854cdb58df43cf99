package dev.mailclip.forward;

/**
 * One line as the forward scanner sees it.
 *
 * @param text   the line without quote markers; trailing spaces kept (format=flowed soft breaks)
 * @param hinted true when the line comes from markup that clients use only for forward headers
 *               (Outlook's divRplyFwdMsg, Thunderbird's header table, ...), which lets a shorter
 *               header block count
 */
record Line(String text, boolean hinted) {
    static Line plain(String text) {
        return new Line(text, false);
    }

    boolean isBlank() {
        return blank(text);
    }

    /**
     * White space only, the no-break and zero-width spaces included: Outlook separates a forward's header from its
     * body with a paragraph of "&amp;nbsp;", which is no line of the header.
     */
    static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u2007' && c != '\u202f' && c != '\u200b'
                    && c != '\ufeff') {
                return false;
            }
        }
        return true;
    }
}
