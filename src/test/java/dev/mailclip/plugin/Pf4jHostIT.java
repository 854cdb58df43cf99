package dev.mailclip.plugin;

import dev.mailclip.docs.DocRecipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PF4J recipe of docs/PLUGIN.md exactly as written: its SinkHost program, compiled against the
 * plugin API jar and PF4J only, run in a JVM whose classpath is that and nothing else, with the
 * built plugin jar as the only file in its plugins folder. It finds the three sinks and writes a
 * record through the jsonl one; with an empty plugins folder it finds none.
 */
class Pf4jHostIT {
    private static final Path DOC = Path.of("docs/PLUGIN.md");
    private static final Set<String> SCHEMES = Set.of("sqlite", "jsonl", "markdown");

    @Test
    void docsHostFindsTheSinksInThePluginJar(@TempDir Path dir) throws Exception {
        DocRecipes.Run run = runHost(dir, hostCode(), true);
        assertEquals(0, run.exit(), run.err());
        assertEquals(SCHEMES, new TreeSet<>(run.lines()), run.out() + run.err());
        assertEquals(3, run.lines().size(), run.out());
        assertFalse(run.err().contains("Different class loaders"), run.err());
        assertFalse(run.err().contains("ERROR") || run.err().contains("WARN"), run.err());
        // the jsonl sink ran in the plugin: the record went through its (relocated) Jackson
        List<String> written = Files.readAllLines(dir.resolve("clips.jsonl"));
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).contains("\"kind\":\"article\""), written.get(0));
        assertTrue(written.get(0).contains("\"title\":\"Hello\""), written.get(0));
    }

    /**
     * What the recipe guards against (the single jar mailclip shipped before): a plugin jar that
     * carries the API classes itself gives the host two SinkExtension types; PF4J finds no sink
     * and says why.
     */
    @Test
    void aPluginWithItsOwnCopyOfTheApiFindsNone(@TempDir Path dir) throws Exception {
        Path both = dir.resolve("mailclip-with-api.jar");
        Set<String> seen = new java.util.HashSet<>();
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(both))) {
            for (Path jar : List.of(DocRecipes.builtJar("mailclip.pf4jPluginJar"), DocRecipes.builtJar("mailclip.pluginApiJar"))) {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        if (seen.add(e.getName())) {
                            out.putNextEntry(new ZipEntry(e.getName()));
                            in.transferTo(out);
                            out.closeEntry();
                        }
                    }
                }
            }
        }
        DocRecipes.Run run = runHost(dir, hostCode(), both);
        assertEquals(List.of(), run.lines(), run.out());
        assertTrue(run.err().contains("Different class loaders"), run.err());
    }

    @Test
    void docsHostFindsNoSinksInAnEmptyPluginsFolder(@TempDir Path dir) throws Exception {
        DocRecipes.Run run = runHost(dir, hostCode(), false);
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(), run.lines(), "sinks from the host's own classpath: " + run.out());
        assertFalse(Files.exists(dir.resolve("clips.jsonl")));
    }

    /** The doc's alternative, "or new JarPluginManager(...)", with the same host. */
    @Test
    void jarPluginManagerFindsTheSinksToo(@TempDir Path dir) throws Exception {
        String code = hostCode().replace("new DefaultPluginManager(", "new org.pf4j.JarPluginManager(");
        DocRecipes.Run run = runHost(dir, code, true);
        assertEquals(0, run.exit(), run.err());
        assertEquals(SCHEMES, new TreeSet<>(run.lines()), run.out() + run.err());
    }

    private static String hostCode() throws Exception {
        List<DocRecipes.Block> hosts = DocRecipes.section(DOC, "Writing your own sink").stream()
                .filter(b -> b.className().equals("SinkHost")).toList();
        assertEquals(1, hosts.size(), "one SinkHost recipe in " + DOC);
        return hosts.get(0).code();
    }

    /** The host classpath the doc gives: the plugin API jar, PF4J and its slf4j-api. */
    static List<Path> hostClasspath() {
        return List.of(DocRecipes.builtJar("mailclip.pluginApiJar"), DocRecipes.jarOf(PluginManager.class),
                DocRecipes.jarOf(org.slf4j.LoggerFactory.class));
    }

    private static DocRecipes.Run runHost(Path dir, String code, boolean withPlugin) throws Exception {
        return runHost(dir, code, withPlugin ? DocRecipes.builtJar("mailclip.pf4jPluginJar") : null);
    }

    private static DocRecipes.Run runHost(Path dir, String code, Path pluginJar) throws Exception {
        DocRecipes.Block block = new DocRecipes.Block(DOC, "Writing your own sink", 0, code);
        Path classes = dir.resolve("host");
        DocRecipes.compile(List.of(block), hostClasspath(), classes);
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        if (pluginJar != null) {
            Files.copy(pluginJar, plugins.resolve(pluginJar.getFileName()));
        }
        List<Path> cp = new ArrayList<>();
        cp.add(classes);
        cp.addAll(hostClasspath());
        // not part of the recipe: a logging backend, so that PF4J's own complaints reach stderr
        cp.add(DocRecipes.builtJar("mailclip.slf4jSimpleJar"));
        return DocRecipes.run(cp, "SinkHost", plugins.toString(), dir.resolve("clips.jsonl").toString());
    }
}
