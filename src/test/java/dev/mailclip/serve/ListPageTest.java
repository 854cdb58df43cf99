package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.RecordFilter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The list page over an archive that offers only the read API (no search, no quarantine): newest first, paged,
 * its facets counted and narrowing.
 */
class ListPageTest {
    /** 45 records, two sites, dated 2023-01 … 2024-09. */
    private static final Archive ARCHIVE = new Archive() {
        private final List<Article> records = make();

        @Override
        public List<Article> list(RecordFilter filter) {
            return records.stream().filter(filter::matches).toList();
        }

        @Override
        public Article find(String idOrUrl) {
            return Archive.find(records, idOrUrl);
        }

        @Override
        public void close() {
        }
    };

    private static List<Article> make() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            out.add(Article.builder().kind(Kind.ARTICLE).title("Story " + i).site(i % 3 == 0 ? "A" : "B")
                    .date(String.format("%d-%02d-01", 2023 + i / 21, 1 + i % 21 % 12)).id("id" + i).build());
        }
        out.sort(Archive.BY_DATE);
        return out;
    }

    private static ListView view(Map<String, Deque<String>> params) throws Exception {
        return new ListPage(ARCHIVE).view(Query.from(params));
    }

    @Test
    void pagesNewestFirst() throws Exception {
        ListView first = view(Map.of());
        assertEquals(45, first.total());
        assertEquals(3, first.pages());
        assertEquals(20, first.items().size());
        assertTrue(first.items().get(0).date().compareTo(first.items().get(19).date()) >= 0, "newest first");
        assertNull(first.prev());
        assertEquals("/?page=2", first.next());
        ListView last = view(Map.of("page", new java.util.ArrayDeque<>(List.of("3"))));
        assertEquals(5, last.items().size());
        assertNull(last.next());
        ListView beyond = view(Map.of("page", new java.util.ArrayDeque<>(List.of("99"))));
        assertEquals(5, beyond.items().size(), "a page past the end is the last");
        ListView junk = view(Map.of("page", new java.util.ArrayDeque<>(List.of("../../x"))));
        assertEquals(20, junk.items().size(), "a page that is not a number is the first");
    }

    @Test
    void aFacetNarrowsAndCanBeCleared() throws Exception {
        ListView all = view(Map.of());
        ListView.Value a = all.facets().get(0).values().stream().filter(v -> v.value().equals("A")).findFirst().orElseThrow();
        assertEquals(15, a.n());
        assertEquals("/?site=A", a.href());
        ListView narrowed = view(Map.of("site", new java.util.ArrayDeque<>(List.of("A"))));
        assertEquals(15, narrowed.total());
        ListView.Value chosen = narrowed.facets().get(0).values().get(0);
        assertTrue(chosen.chosen());
        assertEquals("/", chosen.href(), "choosing it again clears it");
        ListView year = view(Map.of("site", new java.util.ArrayDeque<>(List.of("A")),
                "year", new java.util.ArrayDeque<>(List.of("2024"))));
        assertTrue(year.total() > 0 && year.total() < 15);
        assertTrue(year.items().stream().allMatch(i -> i.date().startsWith("2024") && i.site().equals("A")));
    }

    @Test
    void anArchiveThatCannotSearchSaysSo() throws Exception {
        ListView v = view(Map.of("q", new java.util.ArrayDeque<>(List.of("story"))));
        assertEquals(45, v.total());
        assertTrue(v.message().contains("cannot be searched"), v.message());
    }
}
