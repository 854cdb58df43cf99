package dev.mailclip.recover;

import java.util.regex.Pattern;

/** A "By Jane Doe" line among the first lines of the body: the author. */
final class ByLineRecogniser implements TextRecogniser {
    private static final Pattern BY = Pattern.compile("^(?:By|BY|by)\\s+\\S.{0,80}$");
    /** compiled once: String.split compiles its regex at every call */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int HEAD = 8;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        for (int i : clip.head(HEAD)) {
            String line = clip.line(i).strip();
            if (BY.matcher(line).matches()) {
                String name = Bylines.clean(line);
                if (name != null && WHITESPACE.split(name).length <= 6 && !name.endsWith(".")) {
                    findings.claim(Field.AUTHOR, name, "text:by-line");
                    clip.use(i);
                }
                return;
            }
        }
    }
}
