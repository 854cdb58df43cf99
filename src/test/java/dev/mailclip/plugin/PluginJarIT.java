package dev.mailclip.plugin;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What is inside the drop-in jar: our classes and what a Tika host lacks, nothing the host already has. */
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
            assertTrue(read(jar, "META-INF/extensions.idx").contains("dev.mailclip.plugin.SqliteSinkExtension"));
        }
    }

    @Test
    void descriptorMirrorsPluginProperties() throws Exception {
        Properties source = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("plugin.properties"))) {
            source.load(in);
        }
        try (JarFile jar = new JarFile(PluginJar.path().toFile())) {
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
