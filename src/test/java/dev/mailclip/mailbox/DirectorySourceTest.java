package dev.mailclip.mailbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectorySourceTest {
    static final Path FIX = Path.of("fixtures/mailbox");

    @Test
    void maildirPlusPlusFoldersAndFlags() throws IOException {
        List<RawMessage> msgs = MboxSourceTest.readAll(FIX.resolve("maildir"));
        assertEquals(4, msgs.size(), "cur and new read, tmp not");
        Map<String, Integer> folders = new TreeMap<>();
        for (RawMessage m : msgs) {
            folders.merge(m.origin().folder(), 1, Integer::sum);
            assertTrue(!m.origin().path().contains("/tmp/"));
        }
        assertEquals(Map.of("INBOX", 2, "Clips", 1, "Clips/Tech", 1), folders);
        RawMessage seen = msgs.stream().filter(m -> m.origin().path().endsWith(":2,S")).findFirst().orElseThrow();
        assertEquals(List.of("\\Seen"), seen.origin().labels());
        RawMessage tech = msgs.stream().filter(m -> "Clips/Tech".equals(m.origin().folder())).findFirst().orElseThrow();
        assertEquals(List.of("\\Answered", "\\Seen"), tech.origin().labels());
    }

    @Test
    void folderOfMixedInputs() throws IOException {
        List<String> skipped = new ArrayList<>();
        List<RawMessage> msgs = new ArrayList<>();
        try (MessageSource s = Sources.open(FIX.resolve("folder"), skipped::add)) {
            RawMessage m;
            while ((m = s.next()) != null) {
                msgs.add(m);
            }
        }
        assertEquals(6, msgs.size());
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).contains("pixel.png"));
        Map<String, Origin.Format> formats = new TreeMap<>();
        for (RawMessage m : msgs) {
            formats.put(Path.of(m.origin().path()).getFileName().toString() + "#" + m.origin().index(), m.origin().format());
        }
        assertEquals(Origin.Format.CLIP_HTML, formats.get("clip.html#0"));
        assertEquals(Origin.Format.CLIP_TEXT, formats.get("clip.txt#0"));
        assertEquals(Origin.Format.CLIP_MARKDOWN, formats.get("clip.md#0"));
        assertEquals(Origin.Format.MESSAGE, formats.get("a.eml#0"));
        assertEquals(Origin.Format.MESSAGE, formats.get("more.mbox#2"));
    }

    @Test
    void flagsParsing() {
        assertEquals(List.of("\\Draft", "\\Flagged", "$Forwarded"), Maildir.flags("123.host:2,DFPa"));
        assertEquals(List.of(), Maildir.flags("123.host"));
        assertEquals("Folder/Sub", Maildir.plusPlusFolder(".Folder.Sub"));
    }
}
