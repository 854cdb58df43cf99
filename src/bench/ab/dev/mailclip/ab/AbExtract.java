package dev.mailclip.ab;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of mailclip in one JVM, the whole extract of every message of an mbox timed pass by pass, the builds
 * taking turns: a machine's neighbours slow both alike within seconds, where two JVMs run one after the other
 * differed by 10-20 % on this machine. Each build is loaded apart with its own copy of every library (its own JIT
 * profile), and reached by reflection only: this class names no class of mailclip's.
 * <pre>
 *   java -cp target-bench/ab-classes dev.mailclip.ab.AbExtract CLASSES_A CLASSES_B DEPS_CLASSPATH BENCH_CLASSES MBOX [PASSES]
 * </pre>
 * ({@code scripts/ab.sh} builds the arguments.) Prints each build's CPU time of this thread per message, pass by pass,
 * its best pass and the median of the second half, and the median ratio of B's pass to A's in the same turn: even
 * the thread's CPU time moves by a third from pass to pass here, so the paired ratio is the figure to read.
 */
public final class AbExtract {
    private AbExtract() {
    }

    public static void main(String[] args) throws Exception {
        String deps = args[2];
        Path bench = Path.of(args[3]);
        Path mbox = Path.of(args[4]);
        int passes = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        Build a = new Build("A", Path.of(args[0]), bench, deps);
        Build b = new Build("B", Path.of(args[1]), bench, deps);
        List<byte[]> messages = a.messages(mbox);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[2][passes];
        for (int pass = 0; pass < passes; pass++) {
            for (int k = 0; k < 2; k++) {
                Build build = (pass + k) % 2 == 0 ? a : b; // which goes first alternates too
                long t = cpu.getCurrentThreadCpuTime();
                build.extractAll(messages);
                nanos[build == a ? 0 : 1][pass] = cpu.getCurrentThreadCpuTime() - t;
            }
        }
        System.out.printf(Locale.ROOT, "%d messages, %d passes each, µs of this thread's CPU a message:%n",
                messages.size(), passes);
        for (int k = 0; k < 2; k++) {
            StringBuilder series = new StringBuilder(k == 0 ? "  A passes:" : "  B passes:");
            for (long n : nanos[k]) {
                series.append(String.format(Locale.ROOT, " %.0f", n / 1e3 / messages.size()));
            }
            System.out.println(series);
        }
        for (int k = 0; k < 2; k++) {
            long[] late = Arrays.copyOfRange(nanos[k], passes / 2, passes);
            Arrays.sort(late);
            System.out.printf(Locale.ROOT, "  %s %-40s best %7.1f  median of the last half %7.1f%n", k == 0 ? "A" : "B",
                    k == 0 ? args[0] : args[1], Arrays.stream(nanos[k]).min().orElseThrow() / 1e3 / messages.size(),
                    late[late.length / 2] / 1e3 / messages.size());
        }
        System.out.printf(Locale.ROOT, "  B / A, the median of the passes paired (after the first fifth): %.3f%n",
                pairedRatio(nanos));
    }

    /** The median of B's time over A's in the same pass, over the passes after the first fifth (the JIT's warm-up). */
    private static double pairedRatio(long[][] nanos) {
        int passes = nanos[0].length;
        double[] ratios = new double[passes - passes / 5];
        for (int i = passes / 5; i < passes; i++) {
            ratios[i - passes / 5] = (double) nanos[1][i] / nanos[0][i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    /** One build: its classes and the libraries in a loader of their own. */
    private static final class Build {
        private final ClassLoader loader;
        private final Object mailclip;
        private final Method extract;
        private final Constructor<?> rawMessage;
        private final Object origin;

        Build(String name, Path classes, Path bench, String deps) throws Exception {
            List<URL> urls = new ArrayList<>();
            urls.add(bench.toUri().toURL());
            urls.add(classes.toUri().toURL());
            for (String jar : deps.split(java.io.File.pathSeparator)) {
                if (!jar.isBlank() && Files.exists(Path.of(jar))) {
                    urls.add(Path.of(jar).toUri().toURL());
                }
            }
            loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            // Jakarta Mail loads its named stream provider through the thread's context class loader
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> mailclipClass = loader.loadClass("dev.mailclip.Mailclip");
            mailclip = mailclipClass.getConstructor().newInstance();
            Class<?> raw = loader.loadClass("dev.mailclip.mailbox.RawMessage");
            Class<?> originClass = loader.loadClass("dev.mailclip.mailbox.Origin");
            Class<?> format = loader.loadClass("dev.mailclip.mailbox.Origin$Format");
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object message = Enum.valueOf((Class) format, "MESSAGE");
            origin = originClass.getMethod("file", String.class, format).invoke(null, "bench", message);
            rawMessage = raw.getConstructor(byte[].class, originClass);
            extract = mailclipClass.getMethod("extract", raw);
        }

        @SuppressWarnings("unchecked")
        List<byte[]> messages(Path mbox) throws Exception {
            return (List<byte[]>) loader.loadClass("dev.mailclip.bench.BenchMail").getMethod("messages", Path.class)
                    .invoke(null, mbox);
        }

        void extractAll(List<byte[]> messages) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            for (byte[] bytes : messages) {
                try {
                    extract.invoke(mailclip, rawMessage.newInstance(bytes, origin));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    // a message the importer would quarantine: timed all the same
                }
            }
        }
    }
}
