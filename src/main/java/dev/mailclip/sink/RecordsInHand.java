package dev.mailclip.sink;

import dev.mailclip.article.Article;
import dev.mailclip.article.Sighting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An archive whose records are read whole when it is opened (a JSON Lines file, a folder of Markdown
 * files): listing, finding, searching and near-duplicates over the records in hand. Search scans every
 * record once (no index: these archives are files a person keeps, not a search engine); near-duplicates
 * go through {@link NearDuplicates}' bands, so finding them costs one pass over the archive.
 */
public class RecordsInHand implements Archive {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** words of text shown either side of the first match */
    private static final int SNIPPET_WORDS = 8;

    private final List<Article> records;
    /** filled on the first {@link #nearDuplicates} call: signature by record, records by band hash */
    private Map<Article, long[]> signatures;
    private Map<Long, List<Article>> byBand;

    public RecordsInHand(List<Article> records) {
        List<Article> sorted = new ArrayList<>(records);
        sorted.sort(BY_DATE);
        this.records = List.copyOf(sorted);
    }

    @Override
    public List<Article> list(RecordFilter filter) {
        return records.stream().filter(filter::matches).toList();
    }

    @Override
    public Article find(String idOrUrl) {
        return Archive.find(records, idOrUrl);
    }

    @Override
    public boolean canSearch() {
        return true;
    }

    /** Every term in the title, text, note, labels or a sighting's note; title matches rank first. */
    @Override
    public List<SearchHit> search(String query, RecordFilter filter, int limit) {
        List<SearchTerms> terms = SearchTerms.parse(query);
        List<SearchHit> hits = new ArrayList<>();
        if (terms.isEmpty()) {
            return hits;
        }
        for (Article a : records) {
            if (!filter.matches(a)) {
                continue;
            }
            List<String> title = words(a.title());
            List<String> all = words(searchable(a));
            if (!terms.stream().allMatch(t -> indexOf(all, t) >= 0)) {
                continue;
            }
            long inTitle = terms.stream().filter(t -> indexOf(title, t) >= 0).count();
            hits.add(new SearchHit(a.id(), a.title(), a.url(), a.date(), a.site(), snippet(a, terms),
                    -(inTitle * 10.0 + terms.size())));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    @Override
    public synchronized List<NearDuplicate> nearDuplicates(Article record) {
        if (signatures == null) {
            signatures = new IdentityHashMap<>(); // a record is itself: no hashing of its whole text
            byBand = new HashMap<>();
            for (Article a : records) {
                long[] sig = NearDuplicates.signature(a.text());
                if (sig != null) {
                    signatures.put(a, sig);
                    for (long band : NearDuplicates.bands(sig)) {
                        byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        long[] sig = signatures.containsKey(record) ? signatures.get(record) : NearDuplicates.signature(record.text());
        if (sig == null) {
            return List.of();
        }
        Map<Article, Double> found = new LinkedHashMap<>();
        for (long band : NearDuplicates.bands(sig)) {
            for (Article other : byBand.getOrDefault(band, List.of())) {
                if (same(other, record) || found.containsKey(other)) {
                    continue;
                }
                double similarity = NearDuplicates.similarity(sig, signatures.get(other));
                if (similarity >= NearDuplicates.THRESHOLD) {
                    found.put(other, similarity);
                }
            }
        }
        return found.entrySet().stream()
                .sorted(Map.Entry.<Article, Double>comparingByValue().reversed())
                .map(e -> new NearDuplicate(e.getKey().id(), e.getKey().articleKey(), e.getKey().title(),
                        e.getKey().url(), e.getValue()))
                .toList();
    }

    @Override
    public void close() {
    }

    private static boolean same(Article a, Article b) {
        return a == b || a.id() != null && a.id().equals(b.id());
    }

    /** What a search reads of a record: title, text, its note, and the labels and notes of its sightings. */
    private static String searchable(Article a) {
        StringBuilder b = new StringBuilder();
        append(b, a.title());
        append(b, a.text());
        append(b, a.note());
        if (a.mail() != null) {
            a.mail().labels().forEach(l -> append(b, l));
        }
        for (Sighting s : a.sightings()) {
            append(b, s.note());
            s.labels().forEach(l -> append(b, l));
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String part) {
        if (part != null) {
            b.append(part).append('\n');
        }
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** Where the term starts among the words (a phrase: its words in a row), or -1. */
    private static int indexOf(List<String> words, SearchTerms term) {
        List<String> want = term.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i + want.size() <= words.size(); i++) {
            if (words.subList(i, i + want.size()).equals(want)) {
                return i;
            }
        }
        return -1;
    }

    /** Words of the text around the first term found there, matched words in [ and ]. */
    private static String snippet(Article a, List<SearchTerms> terms) {
        String text = a.text() != null ? a.text() : searchable(a);
        List<String> original = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            original.add(m.group());
        }
        List<String> lower = original.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        int at = terms.stream().mapToInt(t -> indexOf(lower, t)).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - SNIPPET_WORDS);
        int to = Math.min(original.size(), at + SNIPPET_WORDS);
        StringBuilder b = new StringBuilder(from > 0 ? "…" : "");
        for (int i = from; i < to; i++) {
            String w = original.get(i);
            boolean hit = terms.stream().anyMatch(t -> t.words().stream().anyMatch(x -> x.equalsIgnoreCase(w)));
            b.append(i > from ? " " : "").append(hit ? "[" + w + "]" : w);
        }
        return b.append(to < original.size() ? "…" : "").toString();
    }
}
