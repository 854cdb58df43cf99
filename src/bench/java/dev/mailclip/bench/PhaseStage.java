package dev.mailclip.bench;

import dev.mailclip.forward.ForwardUnwrapper;
import dev.mailclip.forward.Unwrapped;
import dev.mailclip.mail.Content;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;
import dev.mailclip.recover.Findings;
import dev.mailclip.recover.Recovery;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the warm time of an extract goes, by kind of message: the mailbox's messages held in memory and extracted
 * on one thread pass after pass, and in the last two passes (the JIT's work mostly done) the time of the three
 * phases of {@code Mailclip.fromMessage} (the MIME parse, the forward peeling, the recovery) summed by class: which
 * bodies a message has (HTML, text), whether it was a forward, and its verdict. The recovery's context is the one
 * the facade gives a message without attached forwards; attached messages and attached files are not followed, so
 * the classes are a profile of the common path, not records. Prints a table and the extracting thread's CPU time
 * over the measured passes (steadier than the wall clock on a shared machine, but the JIT's choices still make it
 * vary between runs: compare the classes' shares, or the minimum of several runs).
 */
final class PhaseStage {
    private PhaseStage() {
    }

    /** A class's count and nanoseconds in each phase. */
    private static final class Sums {
        long messages;
        final long[] nanos = new long[3];
    }

    static void run(Path mbox, int passes) throws Exception {
        List<byte[]> messages = BenchMail.messages(mbox);
        MailParser parser = new MailParser();
        ForwardUnwrapper unwrapper = new ForwardUnwrapper();
        Recovery recovery = new Recovery();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Sums> classes = new TreeMap<>();
        Sums all = new Sums();
        long cpuStart = 0;
        for (int pass = 0; pass < passes; pass++) {
            boolean measured = pass >= passes - 2;
            if (pass == passes - 2) {
                cpuStart = threads.getCurrentThreadCpuTime();
            }
            for (byte[] bytes : messages) {
                long t0 = System.nanoTime();
                ParsedMail mail = BenchMail.parse(parser, bytes);
                if (mail == null) {
                    continue; // quarantined by the importer
                }
                long t1 = System.nanoTime();
                Unwrapped unwrapped = unwrapper.unwrap(mail.content(), mail.envelope().subject());
                long t2 = System.nanoTime();
                Findings findings = recovery.recover(unwrapped.inner(), BenchMail.bodyContext(mail));
                long t3 = System.nanoTime();
                if (measured) {
                    long[] phases = {t1 - t0, t2 - t1, t3 - t2};
                    add(classes.computeIfAbsent(className(mail.content(), unwrapped, findings), k -> new Sums()), phases);
                    add(all, phases);
                }
            }
        }
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        System.out.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s %7s%n", "class (bodies, forward, verdict)", "messages",
                "MIME µs", "peel µs", "recov µs", "all µs", "share");
        for (Map.Entry<String, Sums> e : classes.entrySet()) {
            print(e.getKey(), e.getValue(), all);
        }
        print("all", all, all);
        System.out.printf(Locale.ROOT, "CPU of the extracting thread over the last two passes: %.0f ms%n", cpu / 1e6);
    }

    private static String className(Content content, Unwrapped unwrapped, Findings findings) {
        String bodies = (content.html() != null ? "html" : "") + (content.html() != null && content.text() != null ? "+" : "")
                + (content.text() != null ? "text" : "");
        String kind = findings.verdict().kind();
        return (bodies.isEmpty() ? "none" : bodies) + (unwrapped.layers().isEmpty() ? "" : " fwd") + " "
                + (kind.startsWith("mail:") ? "mail" : "article");
    }

    private static void add(Sums sums, long[] phases) {
        sums.messages++;
        for (int i = 0; i < phases.length; i++) {
            sums.nanos[i] += phases[i];
        }
    }

    private static void print(String name, Sums s, Sums all) {
        long total = s.nanos[0] + s.nanos[1] + s.nanos[2];
        long allTotal = all.nanos[0] + all.nanos[1] + all.nanos[2];
        System.out.printf(Locale.ROOT, "%-28s %8d %8.1f %8.1f %8.1f %8.1f %6.1f%%%n", name, s.messages,
                s.nanos[0] / 1e3 / s.messages, s.nanos[1] / 1e3 / s.messages, s.nanos[2] / 1e3 / s.messages,
                total / 1e3 / s.messages, 100.0 * total / allTotal);
    }
}
