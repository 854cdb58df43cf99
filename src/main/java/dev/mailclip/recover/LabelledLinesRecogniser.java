package dev.mailclip.recover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Labelled lines at the top or bottom of a clip: {@code URL: …}, {@code Source: …} ({@code 来源：}, {@code 出典:},
 * {@code Quelle:} …), {@code Original article: …} ({@code 原文链接：}, {@code 元記事：} …),
 * {@code Published: …}, {@code Date: …}, {@code Author: …}, {@code Title: …}, in any case, and
 * a bare {@code date 2024-09-27} label, which may run straight on into the first paragraph.
 */
final class LabelledLinesRecogniser implements TextRecogniser {
    /** the labels of other languages (and English variants), by the English label they mean */
    private static final Map<String, String> SAME_AS = sameAs(
            "original", "original article|original link|original url|原文链接|原文鏈接|原文|元記事|원문",
            "link", "ссылка|посилання|lien|enlace",
            "source", "via|来源|來源|出典|출처|источник|джерело|quelle|fuente|fonte|bron|źródło|kaynak|zdroj|forrás|sumber"
                    + "|nguồn|מקור|المصدر|منبع|स्रोत",
            "author", "автор|авторка|autor|autorin|autora|autorka|auteur|auteure|autore|autrice|verfasser|verfasserin|yazar|szerző|penulis|tác giả|作者|著者|작성자|מאת|الكاتب|نویسنده"
                    + "|लेखक",
            "title", "titel|titre|título|titolo|tytuł|başlık|заголовок|назва|标题|標題|タイトル|제목",
            "published", "дата публикации|дата публікації|опубликовано|опубліковано|data publikacji|opublikowano"
                    + "|date de publication|publié le|veröffentlicht|veröffentlicht am|publicado|publicado el|pubblicato"
                    + "|gepubliceerd|yayın tarihi|yayınlanma tarihi|ngày đăng|发布时间|發佈時間|公開日|게시일",
            "date", "дата|datum|fecha|data|tarih|dátum|tanggal|日期|日付|날짜|תאריך|التاريخ|تاریخ|तारीख");
    private static final String ENGLISH_LABELS = "url|link|source|original|published|publication date|posted|date|author"
            + "|by|title|site|website|publisher";
    private static final Pattern LABELLED = Pattern.compile("(?iu)^(" + Stream.concat(
                    Stream.of(ENGLISH_LABELS.split("\\|")), SAME_AS.keySet().stream())
            .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|"))
            + ")\\s*[:：]\\s*(.{1,300})$");
    private static final Pattern BARE_DATE_LABEL = Pattern.compile("(?iu)^(date|published|posted|dated)\\s+(.{6,})$");
    private static final Pattern ISO_THEN_TEXT = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(.+)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final int EDGE = 10;
    private static final Set<String> URL_LABELS = Set.of("url", "link", "original", "source");

    @Override
    public void recognise(TextClip clip, ClipContext context, Findings findings) {
        List<Integer> head = clip.head(EDGE);
        List<Integer> edges = new ArrayList<>(head);
        int firstTakenInHead = -1;
        for (int i : clip.tail(EDGE)) {
            if (!edges.contains(i)) {
                edges.add(i);
            }
        }
        for (int i : edges) {
            String line = clip.line(i).strip();
            Matcher m = hasColon(line) ? LABELLED.matcher(line) : null;
            if (m != null && m.matches() && take(m.group(1), m.group(2).strip(), context, findings)) {
                clip.use(i);
                if (head.contains(i) && (firstTakenInHead < 0 || i < firstTakenInHead)) {
                    firstTakenInHead = i;
                }
                continue;
            }
            Matcher bare = BARE_DATE_LABEL.matcher(line);
            if (bare.matches()) {
                String rest = bare.group(2);
                Optional<FoundDate> whole = DateReader.readLine(rest, context.mailDay());
                if (whole.isPresent()) {
                    findings.claim(Field.PUBLISHED, whole.get().iso(), "line:" + bare.group(1).toLowerCase(Locale.ROOT));
                    clip.use(i);
                    continue;
                }
                Matcher iso = ISO_THEN_TEXT.matcher(rest);
                if (iso.matches()) {
                    Optional<FoundDate> date = DateReader.readIso(iso.group(1), context.mailDay());
                    if (date.isPresent()) {
                        // the label ran on into the first paragraph: keep the paragraph
                        findings.claim(Field.PUBLISHED, date.get().iso(), "line:" + bare.group(1).toLowerCase(Locale.ROOT));
                        clip.replace(i, iso.group(2));
                    }
                }
            }
        }
        titleAbove(clip, firstTakenInHead, findings);
    }

    /**
     * The one line above a clip's labelled lines ("Title⏎Source: …⏎Date: …"): the title, when it reads as one and
     * no other recogniser found the title ({@code line:title-above}).
     */
    private static void titleAbove(TextClip clip, int firstLabelled, Findings findings) {
        if (firstLabelled < 0 || findings.has(Field.TITLE)) {
            return;
        }
        List<Integer> first = clip.head(1);
        if (first.isEmpty() || first.get(0) >= firstLabelled) {
            return;
        }
        int title = first.get(0);
        for (int j = title + 1; j < firstLabelled; j++) {
            if (!clip.isUsed(j) && !clip.line(j).isBlank()) {
                return; // prose or another line between: no header
            }
        }
        String line = clip.line(title).strip();
        if (Titles.looksLikeTitle(line) && findings.claim(Field.TITLE, line, "line:title-above")) {
            clip.use(title);
        }
    }

    /** Whether a line (stripped) has one of the labels read here: "Source: …", "Author: …", "原文链接：…". */
    static boolean isLabelled(String line) {
        return hasColon(line) && LABELLED.matcher(line).matches();
    }

    /**
     * Whether the line has the colon every labelled line has: most lines have none, and the pattern's hundred
     * labels are each tried, case folded, before it tells so.
     */
    private static boolean hasColon(String line) {
        return line.indexOf(':') >= 0 || line.indexOf('：') >= 0;
    }

    /** Whether a line (stripped) is a labelled line that gives a URL: the labels of a link or a source, with one. */
    static boolean labelsUrl(String line) {
        if (!hasColon(line)) {
            return false;
        }
        Matcher m = LABELLED.matcher(line);
        if (!m.matches()) {
            return false;
        }
        return URL_LABELS.contains(meaning(m.group(1))) && firstUrl(m.group(2).strip()) != null;
    }

    /** The English label a shown label means: "Источник" is "source", "Original article" is "original". */
    private static String meaning(String shown) {
        String lower = shown.toLowerCase(Locale.ROOT);
        return SAME_AS.getOrDefault(lower, lower);
    }

    private static boolean take(String shown, String value, ClipContext context, Findings findings) {
        String label = meaning(shown);
        String evidence = "line:" + label.replace(' ', '-');
        switch (label) {
            case "url", "link", "original" -> {
                String url = firstUrl(value);
                // the line is taken when the record keeps its URL: claimed here, or already by a better source
                return url != null && findings.keeps(Field.URL, UrlCleaner.clean(url), evidence);
            }
            case "source" -> {
                String url = firstUrl(value);
                if (url != null) {
                    return findings.claim(Field.URL, UrlCleaner.clean(url), evidence);
                }
                return value.length() <= 80 && findings.claim(Field.SITE, value, evidence);
            }
            case "site", "website", "publisher" -> {
                return value.length() <= 80 && findings.claim(Field.SITE, value, evidence);
            }
            case "published", "publication date", "posted", "date" -> {
                Optional<FoundDate> date = DateReader.readLine(value, context.mailDay());
                return date.isPresent() && findings.claim(Field.PUBLISHED, date.get().iso(),
                        date.get().yearInferred() ? evidence + ":year-from-mail" : evidence);
            }
            case "author", "by" -> {
                String name = Bylines.clean(value);
                return name != null && name.length() <= 80 && findings.claim(Field.AUTHOR, name, evidence);
            }
            case "title" -> {
                return findings.claim(Field.TITLE, value, evidence);
            }
            default -> {
                return false;
            }
        }
    }

    /** pairs of an English label and its other names, "|" between them */
    private static Map<String, String> sameAs(String... englishAndNames) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < englishAndNames.length; i += 2) {
            for (String name : englishAndNames[i + 1].split("\\|")) {
                map.put(name, englishAndNames[i]);
            }
        }
        return Map.copyOf(map);
    }

    private static String firstUrl(String value) {
        Matcher m = URL.matcher(value);
        return m.find() ? m.group() : null;
    }
}
