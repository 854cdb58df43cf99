package dev.mailclip.recover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code fixtures/pages/NAME.html} against its {@code NAME.expected.json}: the six metadata fields
 * (value and evidence; {@code null} means the page must give none) and the body (its evidence, sentences
 * it must contain, boilerplate it must not).
 */
class PageFixturesTest {
    private static final Path FOLDER = Path.of("fixtures/pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("title", "url", "published", "author", "site", "saved");

    @TestFactory
    Stream<DynamicTest> everyPageFixture() throws IOException {
        List<Path> expected;
        try (Stream<Path> files = Files.list(FOLDER)) {
            expected = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertTrue(expected.size() >= 9, "one fixture per metadata form");
        return expected.stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString().replace(".expected.json", ""), () -> check(p)));
    }

    private static void check(Path expectedFile) throws IOException {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        Path html = expectedFile.resolveSibling(expectedFile.getFileName().toString()
                .replace(".expected.json", ".html"));
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        LocalDate mailDay = LocalDate.parse(expected.get("mailDay").asText());

        Map<String, Claim> found = PageMetadata.read(page, mailDay).found();
        List<String> wrong = new ArrayList<>();
        for (String field : FIELDS) {
            JsonNode want = expected.get(field);
            Claim wanted = want == null || want.isNull() ? null
                    : new Claim(want.get("value").asText(), want.get("evidence").asText());
            if (!java.util.Objects.equals(wanted, found.get(field))) {
                wrong.add(field + ": expected " + wanted + " but was " + found.get(field));
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        JsonNode body = expected.get("body");
        PageBody.Body extracted = PageBody.extract(page).orElseThrow(() -> new AssertionError("no body"));
        assertEquals(body.get("evidence").asText(), extracted.evidence());
        String text = extracted.text().replaceAll("\\s+", " ");
        for (JsonNode s : body.get("contains")) {
            assertTrue(text.contains(s.asText()), () -> "body lacks: " + s.asText() + "\n---\n" + extracted.text());
        }
        for (JsonNode s : body.get("excludes")) {
            assertFalse(text.contains(s.asText()), () -> "body has: " + s.asText() + "\n---\n" + extracted.text());
        }
    }
}
