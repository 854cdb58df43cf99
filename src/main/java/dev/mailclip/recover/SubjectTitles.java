package dev.mailclip.recover;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a subject is the page's title or the person's own words. A share sheet passes the page
 * title as the subject; a person writes "read this", "FYI", "Zum Lesen". Own words are no title:
 * the record leaves the title null rather than guess.
 */
final class SubjectTitles {
    /** Subjects people give their own saves, in the languages of the forward vocabulary and more. */
    private static final Pattern OWN_WORDS = Pattern.compile("(?iu)^(?:"
            + "read (?:this|later|me)|to read|for later|read it later|later|save|saved|save (?:this|for later)|keep|"
            + "fyi|fwiw|link|links|a link|this|check (?:this|it) out|look at this|have a look|interesting|worth (?:a )?read(?:ing)?|"
            + "for you|for me|note|notes|note to self|clip|clipping|article|an article|bookmark|todo|to do|archive|"
            + "thought you(?:'d|’d| would| might) (?:like|enjoy) (?:this|it)|you (?:might|may|will) like this|"
            + "good read|great read|nice read|nice article|great article|interesting article|must read|"
            + "zum lesen|lesen|später lesen|spaeter lesen|merken|lesenswert|für später|fuer spaeter|"
            + "à lire|a lire|à lire plus tard|a lire plus tard|lire plus tard|pour plus tard|à garder|"
            + "para leer|leer después|leer luego|para después|léelo|"
            + "da leggere|leggere dopo|per dopo|"
            + "om te lezen|later lezen|lezen|"
            + "para ler|ler depois|"
            + "att läsa|läs senare|læs senere|les senere|"
            + "do przeczytania|przeczytaj|"
            + "あとで読む|後で読む|あとで|メモ|これ|ブックマーク|稍后阅读|稍后读|待读|备忘|收藏|分享|看看|"
            + "나중에 읽기|나중에|메모|공유|읽어보기|почитать|прочитать|на потом|заметка|ссылка|okunacak|sonra oku|"
            + "do přečtení|luettavaksi|"
            + "no subject|\\(no subject\\)|untitled|kein betreff|sans objet|sin asunto|"
            // what share sheets and apps put in the subject themselves
            + "check out this (?:article|post|link|story|page|video)|from \\p{L}{2,20}|smartnews|pocket|flipboard|feedly"
            + "|(?:sent|shared|enviado|enviada|compartido|compartilhado|partagé|geteilt|gesendet|inviato|condiviso)"
            + " (?:from|via|by|with|pelo|pela|por|desde|depuis|von|über|mit|da|con) [\\p{L}\\d .]{2,30}"
            + ")[\\s!.:…]*$");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SubjectTitles() {
    }

    /** True for a subject that is the person's own label for a save, not a title. */
    static boolean isOwnWords(String subject) {
        String s = Titles.fromSubject(subject);
        return s == null || s.length() <= 40 && OWN_WORDS.matcher(s.strip()).matches();
    }

    /**
     * True when the subject shares most of its words with the URL's path ("The best 4 website builders
     * for small business | Trezy" and /the-best-4-website-builders-for-small-business), or names the
     * site after a separator: then it is the page's title, not words of the person's own.
     */
    static boolean matchesUrl(String subject, String url) {
        String s = Titles.fromSubject(subject);
        if (s == null || url == null) {
            return false;
        }
        Set<String> path = tokens(pathOf(url));
        Set<String> words = tokens(s);
        if (words.isEmpty()) {
            return false;
        }
        int shared = 0;
        for (String w : words) {
            if (path.contains(w)) {
                shared++;
            }
        }
        if (shared >= 3 || shared * 2 >= words.size() && shared >= 1) {
            return true;
        }
        String cut = Titles.withoutSiteName(s, Hosts.of(url), null);
        return !cut.equals(s);
    }

    /** True when the link's path carries words (a slug like /river-path-extension-approved), not only ids. */
    static boolean hasWordyPath(String url) {
        if (url == null) {
            return false;
        }
        int words = 0;
        for (String t : TOKEN_SPLIT.split(pathOf(url))) {
            if (t.length() >= 3 && t.chars().allMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= 3;
    }

    private static String pathOf(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return slash < 0 ? "" : url.substring(slash);
    }

    /** Lower-case words of three letters or more, accents removed. */
    private static Set<String> tokens(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        Set<String> out = new HashSet<>();
        for (String t : TOKEN_SPLIT.split(folded)) {
            if (t.length() >= 3 || t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
