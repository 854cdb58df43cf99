package dev.mailclip.sink;

import dev.mailclip.article.Article;
import dev.mailclip.sink.sqlite.ArchiveSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicatesTest {
    @TempDir
    Path tmp;

    static String prose(int seed, int words) {
        Random r = new Random(seed);
        String[] vocab = ("the talks resumed in cairo on monday as negotiators from both sides met to discuss a"
                + " ceasefire and the release of hostages while aid agencies warned of famine in the north of the"
                + " strip where supplies have not arrived for weeks officials said").split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(vocab[r.nextInt(vocab.length)]).append(i % 17 == 16 ? ". " : " ");
        }
        return b.toString().strip();
    }

    @Test
    void aCopyWithALineMoreIsNearAnOtherTextIsNot() {
        String text = prose(1, 400);
        long[] a = NearDuplicates.signature(text);
        long[] more = NearDuplicates.signature(text + " This story was syndicated from another site today.");
        long[] other = NearDuplicates.signature(prose(2, 400));
        assertTrue(NearDuplicates.similarity(a, more) >= NearDuplicates.THRESHOLD, "" + NearDuplicates.similarity(a, more));
        assertTrue(NearDuplicates.similarity(a, other) < 0.3, "" + NearDuplicates.similarity(a, other));
        assertNull(NearDuplicates.signature("too short to tell"));
    }

    static Article on(String site, int n, String text) {
        return TestArticles.article(n, "Talks " + n, text).toBuilder().url("https://" + site + "/talks")
                .articleKey("url:https://" + site + "/talks").site(site).build();
    }

    @Test
    void theArchiveLinksThemBothWaysWhateverTheOrder() throws Exception {
        String text = prose(1, 400);
        List<Article> in = List.of(on("a.example", 1, text), on("b.example", 2, text + " Syndicated with a line more."),
                on("c.example", 3, prose(3, 400)));
        String first = null;
        Random random = new Random(6);
        for (int round = 0; round < 3; round++) {
            List<Article> order = new ArrayList<>(in);
            Collections.shuffle(order, random);
            Path db = tmp.resolve("near" + round + ".db");
            try (Sink s = Sinks.open("sqlite:" + db)) {
                for (Article a : order) {
                    assertEquals(Sink.Outcome.STORED, s.accept(a));
                }
            }
            StringBuilder links = new StringBuilder();
            try (ArchiveSearch archive = new ArchiveSearch(db.toString())) {
                for (Article a : in) {
                    for (NearDuplicate n : archive.nearDuplicates(archive.find(a.url()))) {
                        links.append(a.site()).append(" ~ ").append(n.url()).append(' ').append(n.similarity()).append('\n');
                    }
                }
            }
            if (first == null) {
                first = links.toString();
                assertTrue(first.contains("a.example ~ https://b.example/talks"), first);
                assertTrue(first.contains("b.example ~ https://a.example/talks"), first);
                assertTrue(!first.contains("c.example"), first);
            }
            assertEquals(first, links.toString());
        }
    }
}
