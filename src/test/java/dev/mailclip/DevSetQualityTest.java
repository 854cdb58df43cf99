package dev.mailclip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailclip.article.Article;
import dev.mailclip.article.Identity;
import dev.mailclip.mailbox.Origin;
import dev.mailclip.mailbox.RawMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A guard, not the measure (that is scripts/eval.sh): on the development set, when it is beside
 * the repository, no false date, and URL, publication day and forwarded layers stay at the level
 * reached. A change that loses quality fails here before anyone reads a score.
 */
class DevSetQualityTest {
    private static final Path DEV = Path.of("../shared/eval/dev");

    @Test
    void noFalseDateAndTheHeadlineFieldsHold() throws Exception {
        assumeTrue(Files.isRegularFile(DEV.resolve("gold.jsonl")), "development set not present");
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> gold = new HashMap<>();
        for (String line : Files.readAllLines(DEV.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode g = json.readTree(line);
                gold.put(g.get("messageId").asText(), g);
            }
        }
        Mailclip mailclip = new Mailclip();
        int n = 0, url = 0, published = 0, falseDates = 0, layers = 0;
        List<Path> files;
        try (var s = Files.list(DEV)) {
            files = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        for (Path file : files) {
            Article a = mailclip.extract(new RawMessage(Files.readAllBytes(file), Origin.file(file.toString(), Origin.Format.MESSAGE)));
            JsonNode g = gold.get(a.mail().messageId());
            if (g == null) {
                continue;
            }
            n++;
            String goldUrl = g.get("url").isNull() ? null : g.get("url").asText();
            if (goldUrl == null ? a.url() == null : Identity.normaliseUrl(goldUrl).equals(Identity.normaliseUrl(a.url()))) {
                url++;
            }
            String goldDay = g.get("published").isNull() ? null : g.get("published").asText().substring(0, 10);
            String day = a.published() == null ? null : a.published().substring(0, 10);
            if (goldDay == null ? day == null : goldDay.equals(day)) {
                published++;
            } else if (day != null) {
                falseDates++;
            }
            if (g.get("forwarded").size() == a.forwarded().size()) {
                layers++;
            }
        }
        assertTrue(n >= 50, "gold messages matched: " + n);
        assertEquals(0, falseDates, "false dates");
        assertTrue(url >= 0.95 * n, "url " + url + "/" + n);
        assertTrue(published >= 0.95 * n, "published " + published + "/" + n);
        assertTrue(layers >= 0.95 * n, "forwarded layers " + layers + "/" + n);
    }
}
