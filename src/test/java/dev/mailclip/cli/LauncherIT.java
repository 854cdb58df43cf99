package dev.mailclip.cli;

import dev.mailclip.docs.DocRecipes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code bin/mailclip}, the README's way to run the built jar, runs it with {@code bin/jvm.options} on this JDK. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/mailclip");

    private record Run(int exit, String out, String err) {
    }

    @Test
    void runsTheJarWithItsJvmOptions() throws Exception {
        Path jar = DocRecipes.builtJar("mailclip.cliJar");
        // the JVM prints its flags: the options of jvm.options reached it (none is refused by this JDK either)
        Run r = launch(Map.of("MAILCLIP_JAR", jar.toString(), "JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
                "extract", "fixtures/seeds/seed-001.eml");
        assertEquals(0, r.exit(), r.err());
        for (String option : options()) {
            assertTrue(r.out().contains(option), option + " not passed: " + r.out().lines().findFirst().orElse(""));
        }
        assertTrue(r.out().contains("\"url\" : \"https://english.almayadeen.net/news/politics/any-aimless"), r.out());
    }

    /** Linked from a folder on the PATH, it still finds the jar beside its own folder. */
    @Test
    void runsThroughASymbolicLink(@TempDir Path tmp) throws Exception {
        DocRecipes.builtJar("mailclip.cliJar"); // target/mailclip.jar, where the launcher looks by default
        Path link = Files.createSymbolicLink(tmp.resolve("mailclip"), LAUNCHER.toAbsolutePath());
        Run r = launch(link, Map.of(), "--version");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("mailclip"), r.out());
    }

    @Test
    void withoutTheJarItSaysHowToBuildIt(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("mailclip.jar");
        Run r = launch(Map.of("MAILCLIP_JAR", missing.toString()), "--version");
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(missing + ": not found") && r.err().contains("mvn -q -DskipTests package"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** The options of bin/jvm.options, as the launcher reads them. */
    private static List<String> options() throws Exception {
        List<String> options = Files.readAllLines(Path.of("bin/jvm.options")).stream()
                .map(l -> l.replaceAll("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
        assertFalse(options.isEmpty(), "bin/jvm.options names no option");
        return options;
    }

    private static Run launch(Map<String, String> env, String... args) throws Exception {
        return launch(LAUNCHER, env, args);
    }

    private static Run launch(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        // this JDK's java, whatever the PATH holds
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("bin/mailclip did not finish in 120 s");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
