package dev.mailclip.docs;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The code recipes of the docs, taken as written: the ```java blocks of a Markdown file, each with
 * the section it stands in, compiled with javax.tools and run in a JVM of their own.
 */
public final class DocRecipes {
    private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final |abstract )?class (\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");

    private DocRecipes() {
    }

    /** One ```java block: the "## " section it is in, its first line in the file, its code. */
    public record Block(Path doc, String section, int line, String code) {
        public String className() {
            Matcher m = CLASS.matcher(code);
            assertTrue(m.find(), where() + ": a recipe must be a whole compilation unit (public class ...)");
            Matcher p = PACKAGE.matcher(code);
            return p.find() ? p.group(1) + "." + m.group(1) : m.group(1);
        }

        public boolean hasMain() {
            return code.contains("public static void main(String[] args)");
        }

        public String where() {
            return doc + ":" + line + " (" + section + ")";
        }
    }

    public static List<Path> docs() throws IOException {
        try (var files = Files.list(Path.of("docs"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    public static List<Block> javaBlocks(Path doc) throws IOException {
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.strip().equals("```java")) {
                int start = i + 1;
                StringBuilder code = new StringBuilder();
                for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(doc, section, start + 1, code.toString()));
            }
        }
        return blocks;
    }

    /** The blocks of a doc's section. */
    public static List<Block> section(Path doc, String section) throws IOException {
        return javaBlocks(doc).stream().filter(b -> b.section().equals(section)).toList();
    }

    /**
     * Compiles the blocks together (annotation processors on the classpath run, as in a reader's
     * build) into {@code out}; fails with javac's messages, placed in the doc.
     */
    public static void compile(List<Block> blocks, List<Path> classpath, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "no system Java compiler: run the tests on a JDK");
        Path src = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src"));
        List<File> files = new ArrayList<>();
        for (Block b : blocks) {
            String simple = b.className().substring(b.className().lastIndexOf('.') + 1);
            Path dir = Files.createDirectories(src.resolve(Integer.toString(b.line())));
            files.add(Files.writeString(dir.resolve(simple + ".java"), b.code()).toFile().getAbsoluteFile());
        }
        Files.createDirectories(out);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-d", out.toString(), "-classpath", join(classpath),
                    "-Xlint:none");
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
            if (!ok) {
                StringBuilder why = new StringBuilder("a recipe does not compile as written against " + classpath + ":\n");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        int i = d.getSource() == null ? -1
                                : files.indexOf(new File(d.getSource().toUri()).getAbsoluteFile());
                        if (i < 0) {
                            why.append(d).append('\n');
                        } else {
                            Block b = blocks.get(i);
                            why.append(b.doc()).append(':').append(b.line() + d.getLineNumber() - 1).append(": ")
                                    .append(d.getMessage(null)).append('\n');
                        }
                    }
                }
                fail(why.toString());
            }
        }
    }

    /** The output of a run. */
    public record Run(int exit, String out, String err) {
        public List<String> lines() {
            return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** Runs {@code mainClass} in a JVM of its own with exactly {@code classpath}. */
    public static Run run(List<Path> classpath, String mainClass, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", join(classpath), mainClass));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("recipe", ".out");
        Path err = Files.createTempFile("recipe", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(mainClass + " did not finish in 120 s");
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Where a class on the test classpath comes from (a jar of a dependency). */
    public static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plugin API jar the build made (failsafe sets the property). */
    public static Path builtJar(String property) {
        String p = System.getProperty(property);
        assertTrue(p != null, property + " not set: run through mvn verify (failsafe)");
        Path jar = Path.of(p);
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar + ": run mvn package first");
        return jar;
    }

    private static String join(List<Path> classpath) {
        return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
