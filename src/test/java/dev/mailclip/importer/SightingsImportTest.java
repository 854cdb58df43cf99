package dev.mailclip.importer;

import dev.mailclip.Mailclip;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.article.Sighting;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import dev.mailclip.sink.Sink;
import dev.mailclip.sink.Sinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sightings end to end: fixtures/mailbox/clips.mbox, whose forwards carry five articles eleven times. */
class SightingsImportTest {
    static final Path CLIPS = Path.of("fixtures/mailbox/clips.mbox");

    @TempDir
    Path tmp;

    static List<RawMessage> messages() throws Exception {
        List<RawMessage> all = new ArrayList<>();
        try (MessageSource s = Sources.open(CLIPS)) {
            RawMessage m;
            while ((m = s.next()) != null) {
                all.add(m);
            }
        }
        return all;
    }

    static MessageSource of(List<RawMessage> list) {
        Iterator<RawMessage> it = list.iterator();
        return new MessageSource() {
            @Override
            public RawMessage next() {
                return it.hasNext() ? it.next() : null;
            }

            @Override
            public void close() {
            }
        };
    }

    static ImportCounts importInto(String uri, List<RawMessage> list, int workers) throws Exception {
        try (Sink sink = Sinks.open(uri)) {
            return new Importer(new Mailclip()::extract, sink, workers).run(of(list), ImportListener.NONE).counts();
        }
    }

    @Test
    void theClipsMailboxKeepsEveryNoteLabelAndSender() throws Exception {
        List<RawMessage> list = messages();
        Path db = tmp.resolve("clips.db");
        ImportCounts c = importInto("sqlite:" + db, list, 2);
        assertTrue(c.reconciles(), c.describe());
        assertEquals(11, c.messages(), c.describe());
        assertEquals(5, c.articles(), c.describe());
        assertEquals(6, c.sightings(), c.describe());
        assertEquals(0, c.duplicates(), c.describe());

        Map<String, Sighting> kept = new HashMap<>();
        try (dev.mailclip.sink.sqlite.ArchiveSearch archive = new dev.mailclip.sink.sqlite.ArchiveSearch(db.toString())) {
            for (Article a : archive.summaries(dev.mailclip.sink.RecordFilter.ALL)) {
                for (Sighting s : a.sightings()) {
                    kept.put(s.id(), s);
                }
            }
        }
        assertEquals(11, kept.size(), "every message is a sighting of its article: " + kept.keySet());
        Mailclip mailclip = new Mailclip();
        for (RawMessage raw : list) {
            Article a = mailclip.extract(raw);
            Sighting s = kept.get(a.id());
            assertNotNull(s, a.id());
            assertEquals(a.note(), s.note(), a.id());
            assertEquals(a.mail().from(), s.from(), a.id());
            assertEquals(a.mail().labels(), s.labels(), a.id());
            assertEquals(a.forwarded(), s.forwarded(), a.id());
        }
        List<String> notes = kept.values().stream().map(Sighting::note).filter(n -> n != null).toList();
        assertTrue(notes.stream().anyMatch(n -> n.contains("Worth keeping.")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("For the archive.")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("See the attached.")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("Forwarding Tomas's forward.")), notes.toString());

        ImportCounts again = importInto("sqlite:" + db, list, 2);
        assertEquals(11, again.duplicates(), "re-reading adds nothing: " + again.describe());
        assertEquals(0, again.sightings() + again.articles() + again.mail(), again.describe());
    }

    @Test
    void shuffledInputsAndThreadCountsGiveTheSameArchive() throws Exception {
        List<RawMessage> list = messages();
        String reference = dump(tmp.resolve("ref.db"), list, 1);
        Random random = new Random(14);
        int[] workers = {2, 4, 3};
        for (int round = 0; round < 3; round++) {
            List<RawMessage> shuffled = new ArrayList<>(list);
            Collections.shuffle(shuffled, random);
            String got = dump(tmp.resolve("s" + round + ".db"), shuffled, workers[round]);
            if (!reference.equals(got)) {
                java.nio.file.Files.writeString(Path.of("target/sightings-ref.txt"), reference);
                java.nio.file.Files.writeString(Path.of("target/sightings-got.txt"), got);
            }
            assertTrue(reference.equals(got), "round " + round + ": see target/sightings-{ref,got}.txt");
        }
    }

    /** The archive as text, without the import's own time. */
    private static String dump(Path db, List<RawMessage> list, int workers) throws Exception {
        ImportCounts c = importInto("sqlite:" + db, list, workers);
        assertTrue(c.reconciles(), c.describe());
        StringBuilder out = new StringBuilder();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = conn.createStatement()) {
            for (String sql : List.of(
                    "SELECT id, article_key, kind, title, url, published, date, site, author, text, html, note, json"
                            + " FROM articles ORDER BY article_key, id",
                    "SELECT * FROM sightings ORDER BY id",
                    "SELECT * FROM mail ORDER BY id",
                    "SELECT * FROM labels ORDER BY id, label",
                    "SELECT id, position, name, content_type, content_id, inline, size, hex(bytes) FROM attachments"
                            + " ORDER BY id, position")) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            out.append(rs.getString(i)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
