package dev.mailclip.forward;

import dev.mailclip.mail.Content;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailclip.article.ForwardLayer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks fixtures/forward: for each NAME.expected.json, unwraps NAME.html and NAME.txt (either may be
 * missing) and compares the layers field by field, the note, a marker from the inner article that
 * must survive, and strings (header labels, separators, markup) that must be gone from the inner body.
 * A fixture whose shape depends on the message subject (an attribution line alone is a forward only
 * under "FW:") gives that subject as "subject"; without it the subject is unknown.
 */
class ForwardFixturesTest {
    private static final Path FIXTURES = Path.of("fixtures/forward");
    private static final String SUFFIX = ".expected.json";
    private final ForwardUnwrapper unwrapper = new ForwardUnwrapper();
    private final ObjectMapper json = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        List<Path> expectations;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            expectations = files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
        assertTrue(expectations.size() >= 40, "fixtures present");
        return expectations.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> check(p)));
    }

    private void check(Path expectation) throws IOException {
        String name = name(expectation);
        JsonNode expected = json.readTree(expectation.toFile());
        String html = read(FIXTURES.resolve(name + ".html"));
        String text = read(FIXTURES.resolve(name + ".txt"));
        Unwrapped result = unwrapper.unwrap(new Content(html, text), textOf(expected, "subject"));

        JsonNode layers = expected.get("layers");
        assertEquals(layers.size(), result.layers().size(), name + ": layers " + result.layers());
        for (int i = 0; i < layers.size(); i++) {
            JsonNode want = layers.get(i);
            ForwardLayer got = result.layers().get(i);
            assertEquals(textOf(want, "from"), got.from(), name + " layer " + i + " from");
            assertEquals(textOf(want, "to"), got.to(), name + " layer " + i + " to");
            assertEquals(textOf(want, "date"), got.date(), name + " layer " + i + " date");
            assertEquals(textOf(want, "subject"), got.subject(), name + " layer " + i + " subject");
        }
        assertEquals(textOf(expected, "note"), result.note(), name + ": note");

        String marker = textOf(expected, "marker");
        if (html != null) {
            assertNotNull(result.inner().html(), name);
            assertTrue(result.inner().html().contains(marker), name + ": marker in inner html");
        }
        if (text != null) {
            assertNotNull(result.inner().text(), name);
            assertTrue(result.inner().text().contains(marker), name + ": marker in inner text");
        }
        for (JsonNode absent : expected.get("absent")) {
            String gone = absent.asText();
            if (html != null) {
                assertFalse(result.inner().html().contains(gone), name + ": '" + gone + "' left in inner html");
            }
            if (text != null) {
                assertFalse(result.inner().text().contains(gone), name + ": '" + gone + "' left in inner text");
            }
        }
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String read(Path path) throws IOException {
        return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null;
    }

    private static String name(Path expectation) {
        String file = expectation.getFileName().toString();
        return file.substring(0, file.length() - SUFFIX.length());
    }
}
