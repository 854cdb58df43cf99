package dev.mailclip.recover;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Titled prose a person wrote themselves and mailed to themselves to keep: a draft, a letter, an essay, reading
 * notes. It has a clip's layout (a title, a date, paragraphs) but is no clip, and a false article is worse than
 * an ordinary mail. Told by the writer's own name where a clip names its title, author or nothing (a signature),
 * or by the marks people put on their drafts ("draft 3", "(v2)", "version du 18/04", "Reading notes:", "TODO").
 */
final class OwnWriting {
    private static final String DRAFT = "(?:draft|entwurf|brouillon|borrador|bozza|rascunho|utkast|udkast|kladd|luonnos"
            + "|szkic|koncept|черновик|чернетка|taslak)";
    /** a draft's mark at either end of a subject or title, set apart: "draft - letter to…", "speech - draft 3", "(v2)" */
    private static final Pattern DRAFT_MARK = Pattern.compile("(?iu)^" + DRAFT + "(?:\\s*\\d{1,2})?\\s*[-–—:|(]"
            + "|[-–—:|(\\[]\\s*" + DRAFT + "(?:\\s*\\d{1,2})?\\s*[)\\]]?\\s*$"
            + "|[-–—_(\\[]\\s*v\\d{1,2}\\s*[)\\]]?\\s*$"
            + "|\\b(?:version|versión|versione|versão|fassung|versie)\\s+(?:du|vom|del|de|of|van)\\s+\\d"
            + "|^(?:(?:reading|meeting|book|my)\\s+)?notes?\\s*[:：]"
            + "|^(?:读书笔记|讀書筆記|读后感|讀後感|読書メモ|読書ノート|독서\\s?노트|독후감)");
    /** a writer's note to themselves inside the text */
    private static final Pattern TODO = Pattern.compile("(?m)^\\s*[\\[(]?(?:TODO|FIXME)\\b");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SIGNATURE_LINES = 3;
    private static final int SIGNATURE_WORDS = 5;

    private OwnWriting() {
    }

    /**
     * Whether the titled prose of a message sent to oneself is the person's own writing.
     *
     * @param text the message's whole text
     */
    static boolean is(Findings f, String text, ClipContext context) {
        String title = f.value(Field.TITLE);
        String subject = Titles.fromSubject(context.subject());
        if (marked(title) || marked(subject) || text != null && TODO.matcher(text).find()) {
            return true;
        }
        List<String> names = context.senders().stream().map(OwnWriting::displayName).filter(Objects::nonNull).toList();
        if (names.isEmpty()) {
            return false;
        }
        // the writer's name as the title (a letter's head) or, without the page's address, as the byline
        if (isName(title, names, false) || !f.has(Field.URL) && isName(f.value(Field.AUTHOR), names, false)) {
            return true;
        }
        return text != null && signed(text, names);
    }

    private static boolean marked(String titleOrSubject) {
        return titleOrSubject != null && DRAFT_MARK.matcher(titleOrSubject.strip()).find();
    }

    /** One of the last lines is the writer's name, alone or after a closing ("Yours faithfully, Marta"). */
    private static boolean signed(String text, List<String> names) {
        String[] lines = text.strip().split("\n");
        for (int i = lines.length - 1, k = 0; i >= 0 && k < SIGNATURE_LINES; i--) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            k++;
            String last = line.substring(line.lastIndexOf(',') + 1);
            if (line.split("\\s+").length <= SIGNATURE_WORDS && isName(last, names, true)) {
                return true;
            }
        }
        return false;
    }

    /** The text is one of the names, in letters only; a first name alone counts where a signature stands. */
    private static boolean isName(String s, List<String> names, boolean firstName) {
        String letters = letters(s);
        if (letters.length() < 2) {
            return false;
        }
        for (String name : names) {
            if (letters.equals(letters(name))) {
                return true;
            }
            String first = name.strip().split("\\s+")[0];
            if (firstName && letters(first).length() >= 3 && letters.equals(letters(first))) {
                return true;
            }
        }
        return false;
    }

    private static String letters(String s) {
        return s == null ? "" : NOT_LETTER.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    /** "Jane Doe" of "Jane Doe <jane@example.com>", "\"Doe, Jane\" <…>", "Jane Doe [mailto:…]"; null without one. */
    static String displayName(String from) {
        int cut = from.indexOf('<');
        if (cut < 0) {
            cut = from.indexOf('[');
        }
        String name = (cut < 0 ? from.contains("@") ? "" : from : from.substring(0, cut)).strip();
        name = name.replaceAll("^[\"']|[\"']$", "").strip();
        return name.isEmpty() || name.contains("@") ? null : name;
    }
}
