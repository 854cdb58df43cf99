package dev.mailclip.recover;

import java.util.Optional;
import java.util.regex.Pattern;

/** A "By Jane Doe" line among the first lines of the body: the author, and the date when the line gives one too. */
final class ByLineRecogniser implements TextRecogniser {
    private static final Pattern BY = Pattern.compile("^(?:By|BY|by)\\s+\\S.{0,80}$");
    /** compiled once: String.split compiles its regex at every call */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int HEAD = 8;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        for (int i : clip.head(HEAD)) {
            // markdown sets a byline in emphasis: "*By Jane Doe, 3 March 2024*"
            String line = MarkdownRecogniser.stripEmphasis(clip.line(i));
            if (BY.matcher(line).matches()) {
                // "By Jane Doe · 13 May 2025", "By Jane Doe on March 6, 2024": the name and the date apart
                Optional<CreditLine.Read> credit = CreditLine.read(line, context.mailDay());
                if (credit.isPresent() && credit.get().author() != null) {
                    FoundDate date = credit.get().date();
                    boolean kept = findings.keeps(Field.AUTHOR, credit.get().author(), "text:by-line")
                            & (date == null || findings.keeps(Field.PUBLISHED, date.iso(),
                            date.yearInferred() ? "text:by-line:year-from-mail" : "text:by-line"));
                    if (kept) {
                        clip.use(i); // taken only when the record keeps all it says
                    }
                    return;
                }
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
