package dev.mailclip.recover;

/**
 * A URL alone on the last (or first) line of a clip: where people paste the link of what they
 * clipped. Also {@code <https://…>} as Gmail's text rendering writes it.
 */
public final class EdgeUrlRecogniser implements TextRecogniser {

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        for (int i : clip.tail(2)) {
            String url = urlAlone(clip.line(i));
            if (url != null) {
                if (findings.claim(Field.URL, UrlCleaner.clean(url), "text:trailing-url")) {
                    findings.markArticle();
                }
                clip.use(i);
                return;
            }
        }
        for (int i : clip.head(2)) {
            String url = urlAlone(clip.line(i));
            if (url != null) {
                if (findings.claim(Field.URL, UrlCleaner.clean(url), "text:leading-url")) {
                    findings.markArticle();
                }
                clip.use(i);
                return;
            }
        }
    }

    private static String urlAlone(String line) {
        String s = line.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return Hosts.isUrl(s) ? s : null;
    }
}
