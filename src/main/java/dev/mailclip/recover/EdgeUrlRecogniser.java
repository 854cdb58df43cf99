package dev.mailclip.recover;

/**
 * A URL alone on the last (or first) line of a clip: where people paste the link of what they
 * clipped. Also {@code <https://…>} as Gmail's text rendering writes it.
 */
final class EdgeUrlRecogniser implements TextRecogniser {

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        if (!claimUrlAlone(clip, clip.tail(2), "text:trailing-url", findings)) {
            claimUrlAlone(clip, clip.head(2), "text:leading-url", findings);
        }
    }

    /** The first of these lines that is a URL alone: claimed, and the line used. False when none is. */
    private static boolean claimUrlAlone(TextClip clip, Iterable<Integer> lines, String evidence, Findings findings) {
        for (int i : lines) {
            String url = urlAlone(clip.line(i));
            if (url != null) {
                // a second URL stays in the text: a line is taken only when the record keeps it
                if (findings.keeps(Field.URL, UrlCleaner.clean(url), evidence)) {
                    clip.use(i);
                }
                return true;
            }
        }
        return false;
    }

    private static String urlAlone(String line) {
        String s = line.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return Hosts.isUrl(s) ? s : null;
    }
}
