package dev.mailclip.plugin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A PF4J host loads the built jar from its plugins directory and finds the sink extensions. */
class Pf4jHostIT {
    private static final Set<String> SCHEMES = Set.of("sqlite", "jsonl", "markdown");

    @Test
    void defaultPluginManagerLoadsThePlugin(@TempDir Path plugins) throws Exception {
        Files.copy(PluginJar.path(), plugins.resolve("mailclip-tika-plugin.jar"));
        check(new DefaultPluginManager(plugins));
    }

    @Test
    void jarPluginManagerLoadsThePlugin(@TempDir Path plugins) throws Exception {
        Files.copy(PluginJar.path(), plugins.resolve("mailclip-tika-plugin.jar"));
        check(new JarPluginManager(plugins));
    }

    private static void check(PluginManager pm) throws Exception {
        try {
            pm.loadPlugins();
            pm.startPlugins();
            PluginWrapper plugin = pm.getPlugin("mailclip");
            assertNotNull(plugin, "plugin 'mailclip' not loaded: " + pm.getPlugins());
            assertEquals(PluginState.STARTED, plugin.getPluginState());
            assertEquals("0.1.0", plugin.getDescriptor().getVersion());
            assertEquals(MailclipPlugin.class.getName(), plugin.getPlugin().getClass().getName());
            // the host sees the extension point as the plugin's class loader defines it
            Class<?> point = plugin.getPluginClassLoader().loadClass(SinkExtension.class.getName());
            List<?> sinks = pm.getExtensions(point, "mailclip");
            Set<String> schemes = new TreeSet<>();
            for (Object sink : sinks) {
                schemes.add((String) point.getMethod("scheme").invoke(sink));
            }
            assertEquals(SCHEMES, schemes);
        } finally {
            pm.stopPlugins();
            pm.unloadPlugins();
        }
    }
}
