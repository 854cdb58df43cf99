package dev.mailclip.recover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL alone on the last (or first) line of a clip: where people paste the link of what they
 * clipped. Also {@code <https://…>} as Gmail's text rendering writes it, the caption OneNote and
 * other note apps set under what was pasted: "Pasted from &lt;https://…&gt;" ({@code text:pasted-from}), and
 * the line a clip ends on with its link: "Read more: https://…", "Weiterlesen: https://…" ({@code text:read-more}).
 */
final class EdgeUrlRecogniser implements TextRecogniser {
    /** a note app's caption of where a paste came from, in the languages it is shown in */
    private static final Pattern PASTED_FROM = Pattern.compile(
            "(?iu)^(?:pasted from|clipped from|copied from|eingefügt aus|kopiert von|collé à partir de|collé depuis"
                    + "|pegado desde|pegado de|incollato da|colado de|geplakt vanuit|wklejone z|вставлено из"
                    + "|вставлено з|貼り付け元|粘贴自)\\s*[:：]?\\s*(<?https?://\\S+>?)$");
    /** the line a clip ends on with its article's link: "Read more: https://…", "Originally published at https://…" */
    private static final Pattern READ_MORE = Pattern.compile(
            "(?iu)^(?:read more|read the (?:full|whole|rest of the) (?:article|story|post)|continue reading|full (?:article|story)"
                    + "|(?:this (?:article|story|post) )?(?:was )?(?:originally|first) (?:published|appeared|posted)(?: (?:at|on|in))?"
                    + "|via|lire la suite|lire l'article|weiterlesen|mehr lesen|zum artikel|leer más|seguir leyendo"
                    + "|continuar leyendo|leggi (?:tutto|di più|l'articolo)|continua a leggere|lees meer|verder lezen"
                    + "|czytaj (?:więcej|dalej)|читать (?:далее|дальше|полностью)|читати далі|devamını oku|ler mais"
                    + "|continuar lendo|läs mer|続きを読む|阅读全文|阅读原文|閱讀全文)\\s*[:：]?\\s*(<?https?://\\S+>?)$");

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        if (!claimUrlAlone(clip, clip.tail(2), "text:trailing-url", findings)) {
            claimUrlAlone(clip, clip.head(2), "text:leading-url", findings);
        }
    }

    /** The first of these lines that is a URL alone or captioned: claimed, and the line used. False when none is. */
    private static boolean claimUrlAlone(TextClip clip, Iterable<Integer> lines, String evidence, Findings findings) {
        for (int i : lines) {
            String line = clip.line(i);
            Captioned captioned = captioned(line);
            String url = captioned != null ? captioned.url() : urlAlone(line);
            if (url != null) {
                // a second URL stays in the text: a line is taken only when the record keeps it
                if (findings.keeps(Field.URL, UrlCleaner.clean(url), captioned != null ? captioned.evidence() : evidence)) {
                    clip.use(i);
                }
                return true;
            }
        }
        return false;
    }

    /** A link under its caption, and the evidence the caption's kind writes. */
    record Captioned(String url, String evidence) {
    }

    /** The link of a "Pasted from &lt;https://…&gt;" or "Read more: https://…" line, or null for another line. */
    static Captioned captioned(String line) {
        String s = line.strip();
        Matcher pasted = PASTED_FROM.matcher(s);
        if (pasted.matches()) {
            String url = urlAlone(pasted.group(1));
            return url == null ? null : new Captioned(url, "text:pasted-from");
        }
        Matcher readMore = READ_MORE.matcher(s);
        if (readMore.matches()) {
            String url = urlAlone(readMore.group(1));
            return url == null ? null : new Captioned(url, "text:read-more");
        }
        return null;
    }

    private static String urlAlone(String line) {
        String s = line.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return Hosts.isUrl(s) ? s : null;
    }
}
