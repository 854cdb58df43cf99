package dev.mailclip.sink;

import dev.mailclip.article.Article;
import dev.mailclip.article.Kind;
import dev.mailclip.article.MailInfo;
import dev.mailclip.mailbox.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every sink does, run by every sink's own test (which extends this and says how to read the sink
 * back): a re-read message is a duplicate and changes nothing, a new message carrying a stored article
 * is a sighting of it and the article keeps the better copy, a quarantined message is kept once, and
 * all of it holds across reopening. Every sink here is read back too, and held to the archive's side:
 * list with each filter, find by message id and URL, search (words of text, notes and labels, with
 * filters) where it can search, and near-duplicates linked.
 */
public abstract class SinkContract {
    @TempDir
    protected Path contractDir;

    /** What a sink holds of one article. */
    protected record Seen(String title, String text, List<String> sightingIds, List<String> notes, Set<String> labels) {
    }

    /** The URI of a sink in {@code dir} (nothing there yet). */
    protected abstract String uri(Path dir);

    /** The article the sink at {@code dir} holds under the key, after it was closed. */
    protected abstract Seen read(Path dir, String articleKey) throws Exception;

    /** How many messages the sink at {@code dir} holds in quarantine. */
    protected abstract long quarantined(Path dir) throws Exception;

    static final String KEY = "url:https://news.example.com/contract";

    static Article copy(String id, String shape, String title, String text, String note, String date, String... labels) {
        Article.Builder b = Article.builder().kind(Kind.ARTICLE).url("https://news.example.com/contract")
                .title(title).text(text).html(text == null ? null : "<p>" + text + "</p>").note(note).id(id)
                .articleKey(KEY).date("2024-03-01")
                .mail(new MailInfo(id.substring(6), "friend@example.org", "me@example.org", "s " + id, date,
                        List.of(labels), "INBOX", null, "box.mbox#" + id))
                .evidence("kind", shape);
        return b.build();
    }

    static Article share() {
        return copy("msgid:<share@c>", "share:url-alone", null, null, "Worth keeping.", "2024-03-01T08:00:00Z", "Later");
    }

    static Article clip() {
        return copy("msgid:<clip@c>", "reader-view", "The full title", "The whole text of the article, every word.",
                null, "2024-03-02T08:00:00Z", "Clips");
    }

    static Article forward() {
        return copy("msgid:<fwd@c>", "clip:url-title-text", "Short title", "Some of the text.", "For the archive.",
                "2024-03-03T08:00:00Z", "Clips", "Inbox");
    }

    static Quarantined broken() {
        return new Quarantined("msgid:<q@c>", new byte[]{1, 2, (byte) 0x9d}, Origin.file("q.eml", null), "broken");
    }

    @Test
    void contractDuplicateSightingQuarantineOnceReopen() throws Exception {
        Path dir = contractDir.resolve("sink");
        java.nio.file.Files.createDirectories(dir);
        try (Sink s = Sinks.open(uri(dir))) {
            assertEquals(Sink.Outcome.STORED, s.accept(share()));
            assertEquals(Sink.Outcome.SIGHTING, s.accept(clip()), "a new message with a stored article");
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(share()), "the same message again");
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(clip()));
            assertEquals(Sink.Outcome.STORED, s.accept(TestArticles.mail(7)));
            s.quarantine(broken());
            s.quarantine(broken());
        }
        try (Sink s = Sinks.open(uri(dir))) {
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(share()), "reopened: still known");
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(clip()), "reopened: a sighting is known too");
            assertEquals(Sink.Outcome.DUPLICATE, s.accept(TestArticles.mail(7)));
            assertEquals(Sink.Outcome.SIGHTING, s.accept(forward()));
            s.quarantine(broken());
        }
        Seen seen = read(dir, KEY);
        assertEquals("The full title", seen.title(), "the most trusted copy's title");
        assertTrue(seen.text() == null || seen.text().contains("every word"), "the full text: " + seen.text());
        assertEquals(Set.of("msgid:<share@c>", "msgid:<clip@c>", "msgid:<fwd@c>"), Set.copyOf(seen.sightingIds()));
        assertTrue(seen.notes().containsAll(List.of("Worth keeping.", "For the archive.")), seen.notes().toString());
        assertEquals(Set.of("Later", "Clips", "Inbox"), seen.labels());
        assertEquals(1, quarantined(dir));
        try (Archive archive = Sinks.openArchive(uri(dir))) {
            List<QuarantineEntry> kept = archive.quarantined();
            assertEquals(List.of("msgid:<q@c>"), kept.stream().map(QuarantineEntry::id).toList(), "read back once");
            assertEquals("broken", kept.get(0).reason());
            org.junit.jupiter.api.Assertions.assertArrayEquals(broken().bytes(), archive.quarantinedBytes("msgid:<q@c>"),
                    "its raw bytes, whole");
        }
    }

    @Test
    void contractTheOrderOfTheCopiesDoesNotMatter() throws Exception {
        List<List<Article>> orders = List.of(List.of(share(), clip(), forward()), List.of(forward(), clip(), share()),
                List.of(clip(), share(), forward()));
        Seen first = null;
        int n = 0;
        for (List<Article> order : orders) {
            Path dir = contractDir.resolve("order" + n++);
            java.nio.file.Files.createDirectories(dir);
            try (Sink s = Sinks.open(uri(dir))) {
                assertEquals(Sink.Outcome.STORED, s.accept(order.get(0)));
                assertEquals(Sink.Outcome.SIGHTING, s.accept(order.get(1)));
                assertEquals(Sink.Outcome.SIGHTING, s.accept(order.get(2)));
            }
            Seen seen = read(dir, KEY);
            Seen sorted = new Seen(seen.title(), seen.text(), seen.sightingIds().stream().sorted().toList(),
                    seen.notes().stream().sorted().toList(), seen.labels());
            if (first == null) {
                first = sorted;
            }
            assertEquals(first, sorted, "order " + order.stream().map(Article::id).toList());
        }
    }

    /** Long texts: the second is the first with a line more, so the two are near duplicates. */
    static final String LONG = ("Parliament met on Tuesday to debate the harbour bill after months of delay, and the "
            + "ministers who had opposed it spoke for the first time about the costs of dredging the old channel, "
            + "the jobs it would bring to the coast, and the birds that nest on the sandbanks every spring. ").repeat(2);

    static Article syndicated(int n, String site, String extra) {
        return Article.builder().kind(Kind.ARTICLE).url("https://" + site + "/harbour").site(site)
                .title("The harbour bill " + n).text(LONG + extra).date("2024-04-0" + n)
                .id("msgid:<near" + n + "@c>").articleKey("url:https://" + site + "/harbour")
                .mail(new MailInfo("<near" + n + "@c>", "me@example.org", "me@example.org", "harbour", "2024-04-0" + n
                        + "T08:00:00Z", List.of("Politics"), "INBOX", null, "box.mbox#near" + n))
                .evidence("kind", "reader-view").build();
    }

    @Test
    void contractReadBackListFindSearchAndNearDuplicates() throws Exception {
        Path dir = contractDir.resolve("archive");
        java.nio.file.Files.createDirectories(dir);
        try (Sink s = Sinks.open(uri(dir))) {
            s.accept(share());
            s.accept(clip());
            s.accept(forward());
            s.accept(TestArticles.mail(7));
            s.accept(syndicated(1, "first.example.net", ""));
            s.accept(syndicated(2, "second.example.org", "A line more from the second paper."));
        }
        try (Archive archive = Sinks.openArchive(uri(dir))) {
            List<Article> all = archive.list(RecordFilter.ALL);
            assertEquals(4, all.size(), "three articles and a mail: " + all.stream().map(Article::id).toList());
            assertEquals(all.stream().sorted(Archive.BY_DATE).toList(), all, "sorted by date");
            assertEquals(List.of(KEY), keys(archive.list(new RecordFilter(null, "Inbox", null, null, null))),
                    "a label of a later sighting");
            assertEquals(List.of("msgid:<mail7@t>"), archive.list(new RecordFilter(null, null, null, null, Kind.MAIL))
                    .stream().map(Article::id).toList());
            assertEquals(List.of("url:https://second.example.org/harbour"),
                    keys(archive.list(new RecordFilter("second.example.org", null, "2024-04-01", "2024-04-30", null))));
            assertEquals(KEY, archive.find("msgid:<fwd@c>").articleKey(), "found by a sighting's message id");
            assertEquals(KEY, archive.find("https://news.example.com/contract").articleKey(), "found by its URL");
            assertEquals("The full title", archive.find(KEY).title());
            assertEquals(null, archive.find("msgid:<nothing@c>"));
            if (archive.canSearch()) {
                assertEquals(List.of(KEY), hitKeys(archive, "archive", RecordFilter.ALL), "a word of a sighting's note");
                assertEquals(List.of(KEY), hitKeys(archive, "Later", RecordFilter.ALL), "a label");
                assertEquals(List.of(KEY), hitKeys(archive, "\"every word\"", RecordFilter.ALL), "a phrase of the text");
                assertEquals(List.of(), hitKeys(archive, "archive", new RecordFilter(null, null, null, null, Kind.MAIL)));
                assertEquals(2, hitKeys(archive, "dredging sandbanks", RecordFilter.ALL).size());
            }
            List<NearDuplicate> near = archive.nearDuplicates(archive.find("url:https://first.example.net/harbour"));
            assertEquals(List.of("url:https://second.example.org/harbour"),
                    near.stream().map(NearDuplicate::articleKey).toList(), "the syndicated copy");
            assertEquals(List.of(), archive.nearDuplicates(archive.find(KEY)), "a short text has none");
        }
    }

    private static List<String> keys(List<Article> records) {
        return records.stream().map(Article::articleKey).toList();
    }

    private static List<String> hitKeys(Archive archive, String query, RecordFilter filter) throws SinkException {
        List<String> out = new java.util.ArrayList<>();
        for (SearchHit h : archive.search(query, filter, 10)) {
            out.add(archive.find(h.id()).articleKey());
        }
        return out;
    }

    /** Helper for sinks that store the article's JSON. */
    protected static Seen seen(Article a) {
        return new Seen(a.title(), a.text(), a.sightings().stream().map(dev.mailclip.article.Sighting::id).toList(),
                a.sightings().stream().map(dev.mailclip.article.Sighting::note).filter(x -> x != null).toList(),
                a.sightings().stream().flatMap(x -> x.labels().stream()).collect(java.util.stream.Collectors.toSet()));
    }
}
