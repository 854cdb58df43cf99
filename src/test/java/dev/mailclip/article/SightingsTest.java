package dev.mailclip.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SightingsTest {
    static final String KEY = "url:https://news.example.com/a";

    static Article copy(String id, String shape, String title, String text, String note, String date, String... labels) {
        Article.Builder b = Article.builder().kind(Kind.ARTICLE).url("https://news.example.com/a").title(title)
                .text(text).note(note).id(id).articleKey(KEY)
                .mail(new MailInfo("<" + id + ">", id + "@example.org", "me@example.org", "s " + id, date,
                        List.of(labels), "INBOX", null, "box.mbox#" + id));
        if (shape != null) {
            b.evidence("kind", shape);
        }
        if (text != null) {
            b.evidence("text", shape + ":body");
        }
        return b.build();
    }

    static List<Article> copies() {
        return List.of(
                copy("msgid:<share@x>", "share:url-alone", null, null, "Worth keeping.", "2024-01-01T10:00:00Z", "Later"),
                copy("msgid:<clip@x>", "reader-view", "The full title", "A long full text of the article.", null,
                        "2024-01-02T10:00:00Z", "Clips"),
                copy("msgid:<fwd@x>", "clip:url-title-text", "Short", "A text.", "For the archive.",
                        "2024-01-03T10:00:00Z", "Clips", "Inbox"),
                copy("msgid:<fwd2@x>", "share:title-and-url", "Shared title", null, "FYI",
                        "2024-01-04T10:00:00Z"));
    }

    static Article fold(List<Article> in) {
        Article m = null;
        for (Article a : in) {
            m = m == null ? Sightings.stored(a) : Sightings.merge(m, a);
        }
        return m;
    }

    @Test
    void aBareShareThenAFullClipGivesTheFullArticleInEitherOrder() {
        Article share = copies().get(0);
        Article clip = copies().get(1);
        Article one = Sightings.merge(Sightings.stored(share), clip);
        Article two = Sightings.merge(Sightings.stored(clip), share);
        assertEquals(ArticleJson.line(one), ArticleJson.line(two));
        assertEquals("The full title", one.title());
        assertEquals("A long full text of the article.", one.text());
        assertEquals("msgid:<clip@x>", one.id(), "the most trusted copy's envelope");
        assertEquals("Worth keeping.", one.note(), "a field only the share has is kept");
        assertEquals(2, one.sightings().size());
        assertEquals("msgid:<share@x>", one.sightings().get(0).id(), "sightings by date");
        assertEquals(List.of("Later"), one.sightings().get(0).labels());
        assertEquals(List.of("note"), one.sightings().get(0).gave());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheCopies() {
        String expected = ArticleJson.line(fold(copies()));
        Random random = new Random(14);
        for (int round = 0; round < 50; round++) {
            List<Article> shuffled = new ArrayList<>(copies());
            Collections.shuffle(shuffled, random);
            assertEquals(expected, ArticleJson.line(fold(shuffled)), "order " + shuffled.stream().map(Article::id).toList());
            // merging two merged halves gives the same too
            Article left = fold(shuffled.subList(0, 2));
            Article right = fold(shuffled.subList(2, 4));
            assertEquals(expected, ArticleJson.line(Sightings.merge(left, right)));
        }
        Article m = fold(copies());
        assertEquals(4, m.sightings().size());
        assertEquals(List.of("Worth keeping.", "For the archive.", "FYI"),
                m.sightings().stream().map(Sighting::note).filter(n -> n != null).toList());
        assertEquals("The full title", m.title());
        assertEquals("For the archive.", m.note(), "the note of the most trusted copy that has one");
        assertEquals("reader-view:body", m.evidence().get("text"));
        assertEquals("reader-view", m.evidence().get("kind"));
    }

    @Test
    void trustFollowsTheShape() {
        assertTrue(Sightings.tier("reader-view") > Sightings.tier("clip:titled-text"));
        assertTrue(Sightings.tier("clip:titled-text") > Sightings.tier("share:url-alone"));
        assertTrue(Sightings.tier("share:url-alone") > Sightings.tier("mail:no-clip"));
    }

    @Test
    void aFreshRecordKeepsItsJsonAndCarriesItself() {
        Article a = copies().get(1);
        assertTrue(ArticleJson.line(a).indexOf("sightings") < 0, "extract output is unchanged");
        Article stored = Sightings.stored(a);
        assertTrue(Sightings.carries(stored, "msgid:<clip@x>"));
        Article back = ArticleJson.read(ArticleJson.line(stored));
        assertEquals(stored.sightings(), back.sightings());
        assertNull(Sightings.stored(a).sightings().get(0).note());
    }

    @Test
    void aCopyThatGivesNothingOnlyAddsItsSighting() {
        Random random = new Random(17);
        String[] shapes = {"reader-view", "clip:url-title-text", "share:url-alone", "share:title-and-url", null};
        int added = 0;
        int rounds = 3000;
        for (int round = 0; round < rounds; round++) {
            List<Article> copies = new ArrayList<>();
            for (int i = random.nextInt(5); i >= 0; i--) {
                copies.add(randomCopy(random, shapes));
            }
            Article stored = fold(copies);
            Article copy = randomCopy(random, shapes);
            if (stored.sightings().size() < 2 || Sightings.carries(stored, copy.id())) {
                continue;
            }
            Sighting primary = stored.sightings().stream().filter(s -> s.id().equals(stored.id())).findFirst().orElseThrow();
            List<Sighting> givers = stored.sightings().stream().filter(s -> !s.gave().isEmpty()).toList();
            if (Sightings.addsOnlyASighting(primary, givers, copy)) {
                added++;
                assertEquals(ArticleJson.line(Sightings.merge(stored, copy)),
                        ArticleJson.line(Sightings.withSighting(stored, Sightings.sightingGivingNothing(copy))));
            } else {
                Article merged = Sightings.merge(stored, copy);
                assertTrue(!merged.id().equals(stored.id()) || merged.sightings().stream()
                        .anyMatch(s -> s.id().equals(copy.id()) && !s.gave().isEmpty()), "refused, yet the copy gave nothing");
            }
        }
        assertTrue(added > rounds / 10, "the test must exercise both outcomes: " + added);
    }

    /** A copy with random shape, fields, length, date and id: ties in trust are decided by the id. */
    private static Article randomCopy(Random random, String[] shapes) {
        String id = "msgid:<" + Integer.toHexString(random.nextInt(1 << 20)) + "@x>";
        String shape = shapes[random.nextInt(shapes.length)];
        String text = random.nextInt(4) == 0 ? null : "text ".repeat(1 + random.nextInt(3));
        String title = random.nextBoolean() ? null : "Title " + random.nextInt(3);
        String note = random.nextInt(3) == 0 ? "note " + random.nextInt(9) : null;
        String date = random.nextInt(5) == 0 ? null : "2024-01-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
        return copy(id, shape, title, text, note, date, random.nextBoolean() ? "Clips" : "Later");
    }
}
