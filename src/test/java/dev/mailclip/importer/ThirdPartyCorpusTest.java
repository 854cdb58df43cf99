package dev.mailclip.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Imports the mail of Tika's mail module and mime4j's test jars (real, odd and malformed messages
 * and mboxes, on the test classpath, never committed): no crash, counts reconcile, and a second
 * run adds nothing.
 */
class ThirdPartyCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void importsEveryThirdPartyMessage() throws Exception {
        Path corpus = tmp.resolve("corpus");
        int files = extract("test-documents/simple.mbox", "test-documents/", corpus.resolve("tika"))
                + extract("testmsgs/", "testmsgs/", corpus.resolve("mime4j"))
                + extract("mimetools-testmsgs/", "mimetools-testmsgs/", corpus.resolve("mimetools"))
                + extract("eml/simple.eml", "eml/", corpus.resolve("commons-email"));
        assertTrue(files > 110, "extracted " + files);

        long expected = 0;
        try (MessageSource s = Sources.open(corpus, line -> { })) {
            while (s.next() != null) {
                expected++;
            }
        }
        String[] err = new String[1];
        Path rep = tmp.resolve("r.json");
        String sink = "sqlite:" + tmp.resolve("corpus.db");
        assertEquals(0, ImportCommandTest.run(err, "import", "--quiet", "--sink", sink, "--report", rep.toString(),
                corpus.toString()), err[0]);
        JsonNode r = ImportCommandTest.report(rep);
        assertEquals(expected, r.get("messages").asLong());
        ImportCommandTest.assertReconciles(r);
        // the figures for RELIABILITY.md: what was made of the third-party mail, and why some was not
        System.out.println("third-party corpus: " + files + " files, " + r.get("messages") + " messages, "
                + r.get("articles") + " articles, " + r.get("mail") + " mail, " + r.get("duplicates")
                + " duplicates, " + r.get("quarantined") + " quarantined");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("corpus.db"));
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT reason, count(*) FROM quarantine GROUP BY reason ORDER BY 2 DESC")) {
            while (rs.next()) {
                String reason = rs.getString(1);
                // no message of a real corpus may crash extract: those reasons name a bug, not a message
                assertTrue(!reason.startsWith("extract failed") && !reason.contains("out of memory")
                        && !reason.contains("time limit"), reason);
                System.out.println("  quarantined " + rs.getInt(2) + ": " + reason);
            }
        }

        assertEquals(0, ImportCommandTest.run(err, "import", "--quiet", "--sink", sink, "--report", rep.toString(),
                corpus.toString()), err[0]);
        JsonNode again = ImportCommandTest.report(rep);
        assertEquals(expected, again.get("messages").asLong());
        assertEquals(0, again.get("articles").asLong() + again.get("mail").asLong(), again.toString());
    }

    /** Copies the mail files (not the expected-output files) under {@code prefix} of the jar holding {@code probe}. */
    private static int extract(String probe, String prefix, Path to) throws Exception {
        URL url = ThirdPartyCorpusTest.class.getClassLoader().getResource(probe);
        assertNotNull(url, probe + " on the test classpath");
        JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
        int n = 0;
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(prefix) || !isMail(name.substring(prefix.length()))) {
                continue;
            }
            Path target = to.resolve(name.substring(prefix.length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target);
            }
            n++;
        }
        return n;
    }

    private static boolean isMail(String name) {
        return name.endsWith(".mbox") || name.endsWith(".eml") || name.endsWith(".msg") || name.startsWith("testRFC822");
    }
}
