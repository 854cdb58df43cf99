package dev.mailclip.docs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginManager;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every ```java block in docs/ compiles as written, against exactly the classpath its section
 * tells the reader to have, and every program among them runs: a doc cannot drift from the code.
 * A block in a section this test does not know fails it, so a new recipe gets a classpath here.
 */
class DocRecipesIT {
    private static final String EMBEDDING = "Embedding in a Java application";
    private static final String SINKS = "Writing your own sink";
    private static final String LIBRARY = "Importing mailboxes from Java";
    /** Programs and the test that runs them. */
    private static final Set<String> MAINS = Set.of("ClipTitle", "ImportMailbox" /* here */, "SinkHost" /* Pf4jHostIT */);

    @Test
    void everyJavaRecipeCompilesAsWritten(@TempDir Path dir) throws Exception {
        int blocks = 0;
        for (Path doc : DocRecipes.docs()) {
            Map<String, List<DocRecipes.Block>> bySection = new LinkedHashMap<>();
            for (DocRecipes.Block b : DocRecipes.javaBlocks(doc)) {
                bySection.computeIfAbsent(b.section(), k -> new ArrayList<>()).add(b);
                if (b.hasMain()) {
                    assertTrue(MAINS.contains(b.className()), b.where() + ": a program no test runs: " + b.className());
                }
                blocks++;
            }
            for (Map.Entry<String, List<DocRecipes.Block>> e : bySection.entrySet()) {
                Path out = dir.resolve(doc.getFileName() + "-" + e.getValue().get(0).line());
                DocRecipes.compile(e.getValue(), compileClasspath(e.getValue().get(0)), out);
            }
        }
        assertTrue(blocks >= 4, "java recipes found: " + blocks);
    }

    /** The embedding recipe declares tika-core, compiles against it alone, and prints the article. */
    @Test
    void embeddingRecipeRunsOnASeed(@TempDir Path dir) throws Exception {
        Path doc = Path.of("docs/PLUGIN.md");
        String text = Files.readString(doc);
        String section = text.substring(text.indexOf("## " + EMBEDDING), text.indexOf("## " + SINKS));
        assertTrue(section.contains("<artifactId>tika-core</artifactId>"), "the doc must declare tika-core");
        List<DocRecipes.Block> blocks = DocRecipes.section(doc, EMBEDDING);
        assertEquals(1, blocks.size());
        Path classes = dir.resolve("classes");
        DocRecipes.compile(blocks, List.of(tikaCore()), classes);

        List<Path> cp = new ArrayList<>(List.of(classes, DocRecipes.builtJar("mailclip.pluginJar")));
        cp.addAll(hostTikaJars());
        DocRecipes.Run run = DocRecipes.run(cp, "ClipTitle", "fixtures/seeds/seed-001.eml");
        assertEquals(0, run.exit(), run.err());
        assertEquals(1, run.lines().size(), run.out() + run.err());
        assertTrue(run.lines().get(0).startsWith("Any aimless negotiations will not continue: Hamdan to Al Mayadeen "
                + "https://english.almayadeen.net/news/politics/any-aimless"), run.out());
    }

    /** The library recipe compiles against mailclip.jar alone and imports the fixture mailbox as it says. */
    @Test
    void libraryRecipeImportsTheFixtureMailbox(@TempDir Path dir) throws Exception {
        List<DocRecipes.Block> blocks = DocRecipes.section(Path.of("docs/PLUGIN.md"), LIBRARY);
        assertEquals(1, blocks.size());
        Path classes = dir.resolve("classes");
        Path jar = DocRecipes.builtJar("mailclip.cliJar");
        DocRecipes.compile(blocks, List.of(jar), classes);
        DocRecipes.Run run = DocRecipes.run(List.of(classes, jar), "ImportMailbox", "fixtures/mailbox/clips.mbox",
                "jsonl:" + dir.resolve("clips.jsonl"));
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("11 messages: 5 articles, 0 mail, 0 duplicates, 6 sightings, 0 quarantined"), run.lines(),
                run.out() + run.err());
    }

    /** The own-plugin recipe: PF4J's annotation processor writes the extensions index. */
    @Test
    void ownSinkExtensionGetsIndexed(@TempDir Path dir) throws Exception {
        List<DocRecipes.Block> blocks = DocRecipes.section(Path.of("docs/PLUGIN.md"), SINKS).stream()
                .filter(b -> !b.hasMain()).toList();
        Path classes = dir.resolve("classes");
        DocRecipes.compile(blocks, compileClasspath(blocks.get(0)), classes);
        String index = Files.readString(classes.resolve("META-INF/extensions.idx"));
        assertTrue(index.contains("com.example.PrintSinkExtension"), index);
    }

    private static List<Path> compileClasspath(DocRecipes.Block b) {
        return switch (b.section()) {
            case EMBEDDING -> List.of(tikaCore());
            case SINKS -> List.of(DocRecipes.builtJar("mailclip.pluginApiJar"), DocRecipes.jarOf(PluginManager.class));
            case LIBRARY -> List.of(DocRecipes.builtJar("mailclip.cliJar"));
            default -> fail(b.where() + ": no classpath known for this section; add it to DocRecipesIT");
        };
    }

    private static Path tikaCore() {
        return DocRecipes.jarOf(org.apache.tika.metadata.Metadata.class);
    }

    /** Tika and what it needs, as a host has them: the test classpath without this project's own classes. */
    private static List<Path> hostTikaJars() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path build = DocRecipes.builtJar("mailclip.pluginJar").toAbsolutePath().getParent();
        List<Path> jars = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (!entry.isBlank() && !p.startsWith(build) && !p.startsWith(Path.of("").toAbsolutePath())) {
                jars.add(p);
            }
        }
        assertTrue(jars.stream().anyMatch(p -> p.getFileName().toString().startsWith("tika-parser-mail-module")), jars.toString());
        return jars;
    }
}
