package dev.mailclip.recover;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news dateline opening the first paragraphs: "Gaza City, December 31 (RHC)--",
 * "WASHINGTON, March 6, 2024 (Reuters) -". The date gives {@code published}; without a year the
 * year comes from the mail's date (the latest such day not after it), and the evidence says so.
 * The dateline stays in the text: it is part of the article.
 */
final class DatelineRecogniser implements TextRecogniser {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.' -]{1,40}?,\\s+(.{3,30}?)\\s*(?:\\([\\p{L} .&-]{1,25}\\))?\\s*(?:--|—|–|-)\\s*\\S");
    private static final int PARAGRAPHS = 4;

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        if (findings.has(Field.PUBLISHED)) {
            return;
        }
        List<Integer> head = clip.head(PARAGRAPHS);
        for (int i : head) {
            Matcher m = DATELINE.matcher(clip.line(i).strip());
            if (m.lookingAt()) {
                Optional<FoundDate> date = DateReader.readLine(m.group(1), context.mailDay());
                if (date.isPresent()) {
                    findings.claim(Field.PUBLISHED, date.get().iso(),
                            date.get().yearInferred() ? "dateline:year-from-mail" : "dateline");
                    return;
                }
            }
        }
    }
}
