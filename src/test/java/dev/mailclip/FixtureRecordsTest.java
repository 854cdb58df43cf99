package dev.mailclip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailclip.article.Article;
import dev.mailclip.article.ArticleJson;
import dev.mailclip.mailbox.MessageSource;
import dev.mailclip.mailbox.RawMessage;
import dev.mailclip.mailbox.Sources;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code NAME.record.json} under {@code fixtures/seeds}, {@code fixtures/clips} and {@code fixtures/shapes} is the
 * expected record of the input {@code NAME.*} beside it. Each key the expected record has is
 * compared (objects key by key, recursively); keys it leaves out are not checked.
 */
class FixtureRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> FOLDERS = List.of(Path.of("fixtures/seeds"), Path.of("fixtures/clips"),
            Path.of("fixtures/shapes"));

    @TestFactory
    Stream<DynamicTest> everyFixtureGivesItsRecord() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path expected : files.filter(p -> p.toString().endsWith(".record.json")).sorted().toList()) {
                    Path input = inputFor(expected);
                    tests.add(DynamicTest.dynamicTest(folder.relativize(input).toString(), () -> check(input, expected)));
                }
            }
        }
        assertTrue(tests.size() >= 10, "the seed fixtures are there");
        return tests.stream();
    }

    private static Path inputFor(Path expected) throws IOException {
        String stem = expected.getFileName().toString().replace(".record.json", "");
        try (Stream<Path> siblings = Files.list(expected.getParent())) {
            return siblings.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(stem + ".") && !name.endsWith(".record.json");
            }).findFirst().orElseThrow(() -> new IOException("no input beside " + expected));
        }
    }

    private static void check(Path input, Path expectedFile) throws Exception {
        Article article;
        try (MessageSource source = Sources.open(input)) {
            RawMessage raw = source.next();
            assertNotNull(raw, "a message in " + input);
            article = new Mailclip().extract(raw);
        }
        JsonNode actual = JSON.readTree(ArticleJson.line(article));
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        compare("", expected, actual);
    }

    static void compare(String path, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            assertTrue(actual != null && actual.isObject(), path + " should be an object");
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                compare(path + "." + f.getKey(), f.getValue(), actual.get(f.getKey()));
            }
        } else {
            assertEquals(expected, actual == null ? JSON.nullNode() : actual, path);
        }
    }
}
