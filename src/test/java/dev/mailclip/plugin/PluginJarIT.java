package dev.mailclip.plugin;

import dev.mailclip.docs.DocRecipes;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What is inside the jars: the Tika drop-in holds our classes and what a Tika host lacks, nothing the
 * host already has; the PF4J plugin holds the implementation and its descriptor; the API jar the
 * extension point and the types it names.
 */
class PluginJarIT {
    /** Classes a Tika host brings: a second copy would clash with (or shadow) the host's own. */
    private static final List<String> HOST_OWNED = List.of("org/apache/tika/", "org/apache/james/", "org/slf4j/",
            "org/pf4j/", "org/apache/commons/", "org/jsoup/", "com/fasterxml/", "picocli/", "dev/mailclip/cli/");

    @Test
    void holdsNoHostClassesAndRelocatesJsoup() throws Exception {
        try (JarFile jar = new JarFile(PluginJar.path().toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            for (String name : names) {
                for (String owned : HOST_OWNED) {
                    assertTrue(!name.startsWith(owned), "host-owned class in the plugin jar: " + name);
                }
            }
            assertTrue(names.contains("dev/mailclip/tika/MailclipParser.class"));
            assertTrue(names.contains("dev/mailclip/shaded/jsoup/Jsoup.class"));
            assertTrue(names.contains("jakarta/mail/Session.class"));
            assertTrue(names.stream().anyMatch(n -> n.startsWith("org/eclipse/angus/mail/")));
            assertEquals("dev.mailclip.tika.MailclipParser", read(jar, "META-INF/services/org.apache.tika.parser.Parser").strip());
            // the PF4J plugin is a jar of its own: this one is no plugin a PF4J host could half-load
            assertTrue(!names.contains("META-INF/extensions.idx") && !names.contains("plugin.properties"));
            assertTrue(names.stream().noneMatch(n -> n.startsWith("dev/mailclip/plugin/")));
        }
    }

    /** The PF4J plugin: the sinks as extensions, its descriptor, and neither the API nor Tika nor PF4J. */
    @Test
    void pf4jPluginHoldsTheImplementationWithoutTheApi() throws Exception {
        Set<String> api = classes(DocRecipes.builtJar("mailclip.pluginApiJar"));
        try (JarFile jar = new JarFile(DocRecipes.builtJar("mailclip.pf4jPluginJar").toFile())) {
            List<String> names = jar.stream().map(JarEntry::getName).toList();
            for (String name : names) {
                assertTrue(!api.contains(name), "API class in the plugin jar: " + name);
                for (String owned : List.of("org/apache/tika/", "org/pf4j/", "org/slf4j/", "dev/mailclip/tika/",
                        "dev/mailclip/cli/", "org/jsoup/", "com/fasterxml/")) {
                    assertTrue(!name.startsWith(owned), "host-owned or foreign class in the plugin jar: " + name);
                }
            }
            assertTrue(names.contains("dev/mailclip/plugin/MailclipPlugin.class"));
            assertTrue(names.contains("dev/mailclip/sink/jsonl/JsonlSink.class"));
            String index = read(jar, "META-INF/extensions.idx");
            for (String ext : List.of("SqliteSinkExtension", "JsonlSinkExtension", "MarkdownSinkExtension")) {
                assertTrue(index.contains("dev.mailclip.plugin." + ext), index);
            }
        }
    }

    /**
     * The API jar: the extension point and every mailclip type its classes name, nothing else of
     * mailclip's, no PF4J, and Jackson only as the relocated annotations the record carries.
     */
    @Test
    void apiJarIsClosedAndHoldsNoImplementation() throws Exception {
        Path apiJar = DocRecipes.builtJar("mailclip.pluginApiJar");
        Set<String> api = classes(apiJar);
        assertTrue(api.contains("dev/mailclip/plugin/SinkExtension.class"));
        assertTrue(api.contains("dev/mailclip/sink/Sink.class"));
        assertTrue(api.contains("dev/mailclip/article/Article.class"));
        Pattern ref = Pattern.compile("(dev/mailclip/[A-Za-z0-9_/$]+|com/fasterxml/[A-Za-z0-9_/$]+|org/pf4j/[A-Za-z0-9_/$]+)");
        try (JarFile jar = new JarFile(apiJar.toFile())) {
            for (String name : api) {
                assertTrue(!name.startsWith("org/pf4j/") && !name.startsWith("com/fasterxml/"), name);
                assertTrue(!name.startsWith("dev/mailclip/plugin/") || name.equals("dev/mailclip/plugin/SinkExtension.class"),
                        "implementation in the API jar: " + name);
                if (name.startsWith("dev/mailclip/shaded/")) {
                    continue;   // Jackson's annotations: a closed package of their own
                }
                String bytes;
                try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
                    bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                Matcher m = ref.matcher(bytes);
                while (m.find()) {
                    String type = m.group(1);
                    if (type.startsWith("org/pf4j/")) {
                        assertEquals("org/pf4j/ExtensionPoint", type, name);
                    } else {
                        assertTrue(api.contains(type + ".class"), name + " names " + type + ", which the API jar lacks");
                    }
                }
            }
        }
    }

    private static Set<String> classes(Path jarFile) throws Exception {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            return jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void descriptorMirrorsPluginProperties() throws Exception {
        Properties source = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("plugin.properties"))) {
            source.load(in);
        }
        try (JarFile jar = new JarFile(DocRecipes.builtJar("mailclip.pf4jPluginJar").toFile())) {
            Properties copied = new Properties();
            copied.load(new StringReader(read(jar, "plugin.properties")));
            assertEquals(source, copied);
            Attributes main = jar.getManifest().getMainAttributes();
            for (String key : List.of("id", "version", "class", "provider", "description", "license")) {
                String header = "Plugin-" + Character.toUpperCase(key.charAt(0)) + key.substring(1);
                assertEquals(source.getProperty("plugin." + key), main.getValue(header), header);
            }
        }
    }

    private static String read(JarFile jar, String entry) throws Exception {
        JarEntry e = jar.getJarEntry(entry);
        assertNotNull(e, entry);
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
