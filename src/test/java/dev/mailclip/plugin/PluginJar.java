package dev.mailclip.plugin;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built plugin jar, located through the system property the pom sets for failsafe. */
final class PluginJar {
    private PluginJar() {
    }

    static Path path() {
        String p = System.getProperty("mailclip.pluginJar");
        assertTrue(p != null, "mailclip.pluginJar not set: run through mvn verify (failsafe)");
        Path jar = Path.of(p);
        assertTrue(Files.isRegularFile(jar), "no plugin jar at " + jar + ": run mvn package first");
        return jar;
    }
}
