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
        return text.isBlank();
    }
}
