package dev.mailclip.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mailclip.UnreadableMessageException;
import dev.mailclip.cli.Main;
import dev.mailclip.article.Attachment;
import dev.mailclip.mail.MailParser;
import dev.mailclip.mail.ParsedMail;
import dev.mailclip.mailbox.MboxSource;
import dev.mailclip.mailbox.RawMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One stage of the benchmark on one mailbox, in its own JVM (scripts/bench.sh runs each under
 * /usr/bin/time -v), printing one RESULT line.
 * <pre>
 *   read MBOX                    the file's bytes, nothing else
 *   split MBOX                   MboxSource: messages split on bytes
 *   mime MBOX THREADS            split + MailParser.parse (Jakarta Mail), every part decoded, no recovery
 *   tika MBOX                    Tika's stock pipeline: AutoDetectParser, MboxParser → RFC822Parser → HTML/text
 *   tika-rfc822 MBOX             per message: Tika's RFC822Parser (embedded HTML/text parsed)
 *   tika-mailclip MBOX           per message: mailclip's Tika adapter (dev.mailclip.tika.MailclipParser)
 *   adapter-warm MBOX            both of the above on every message, twice; the second pass in CPU time
 *   import MBOX SINK THREADS     `mailclip import MBOX --sink SINK --threads N --quiet`
 *   sink MBOX SINK               the sink alone: every record made first (untimed, in memory), then written
 *   phases MBOX [PASSES]         the warm time of the MIME parse, the forward peeling and the recovery, by kind of
 *                                message (PhaseStage; default 12 passes, the last two measured; give the JVM room)
 *   html-only MBOX [PASSES]      HTML-only mail step by step, and what the sketch-based gates would cost it
 *                                (recover/HtmlOnlyStage; default 12 passes, the last one printed)
 *   warm-cpu MBOX [PASSES]       the steps one session's optimisations touched, in this thread's CPU time, best of
 *                                the passes (recover/WarmCpuStage; default 20): run two builds alternately
 *   tika-warm MBOX [PASSES]      `tika` again and again in one JVM (default 3): a WARM line a pass, its wall and CPU
 *                                time; the RESULT is the last pass's. What is left once the JIT has compiled
 *   import-warm MBOX SINK THREADS [PASSES]   the same for `import`
 * </pre>
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Stats.watchLiveHeap();
        // as the command line does, so the MIME floor runs the same Jakarta Mail setup as the import;
        // not for the Tika adapter, which runs in a host that does not do it
        if (!args[0].equals("tika-mailclip") && !args[0].equals("adapter-warm")) {
            dev.mailclip.cli.MailStreams.pin();
        }
        Path mbox = Path.of(args[1]);
        long size = Files.size(mbox);
        long start = System.nanoTime();
        switch (args[0]) {
            case "read" -> Stats.report("read", 0, read(mbox), start);
            case "split" -> Stats.report("split", split(mbox), size, start);
            case "mime" -> {
                int threads = Integer.parseInt(args[2]);
                Stats.report("mime-t" + threads, mime(mbox, threads), size, start);
            }
            case "tika" -> Stats.report("tika", TikaStages.stock(mbox), size, start);
            case "tika-rfc822" -> Stats.report("tika-rfc822", TikaStages.perMessage(mbox, false), size, start);
            case "tika-mailclip" -> Stats.report("tika-mailclip", TikaStages.perMessage(mbox, true), size, start);
            case "adapter-warm" -> Stats.report("adapter-warm", TikaStages.warmOverhead(mbox), 2 * size, start);
            case "import" -> Stats.report(importStage(args), importOnce(mbox, args[2], args[3]), size, start);
            case "tika-warm" -> warm("tika-warm", args.length > 2 ? Integer.parseInt(args[2]) : 3, size,
                    () -> TikaStages.stock(mbox));
            case "import-warm" -> warm(importStage(args) + "-warm", args.length > 4 ? Integer.parseInt(args[4]) : 3, size,
                    () -> importOnce(mbox, args[2], args[3]));
            case "sink" -> SinkStage.run(mbox, args[2]);
            case "phases" -> PhaseStage.run(mbox, args.length > 2 ? Integer.parseInt(args[2]) : 12);
            case "html-only" -> dev.mailclip.recover.HtmlOnlyStage.run(mbox, args.length > 2 ? Integer.parseInt(args[2]) : 12);
            case "warm-cpu" -> dev.mailclip.recover.WarmCpuStage.run(mbox,
                    args.length > 2 ? Integer.parseInt(args[2]) : 20);
            default -> throw new IllegalArgumentException("unknown stage " + args[0]);
        }
    }

    private static String importStage(String[] args) {
        return "import-" + args[2].substring(0, args[2].indexOf(':')) + "-t" + args[3];
    }

    /** `mailclip import MBOX --sink SINK --threads N`, its counts printed; returns the messages read. */
    private static long importOnce(Path mbox, String sink, String threads) throws Exception {
        if (sink.startsWith("sqlite:")) {
            Path archive = Path.of(sink.substring("sqlite:".length()));
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(Path.of(archive + suffix)); // a pass again into a full archive would only find duplicates
            }
        }
        Path report = Files.createTempFile("mailclip-bench", ".json");
        int rc = Main.run("import", mbox.toString(), "--sink", sink, "--threads", threads, "--quiet",
                "--report", report.toString());
        JsonNode counts = new ObjectMapper().readTree(report.toFile());
        Files.deleteIfExists(report);
        if (rc != 0) {
            throw new IllegalStateException("import exited " + rc);
        }
        System.out.println("COUNTS " + counts.get("articles") + " articles, " + counts.get("mail") + " mail, "
                + counts.get("duplicates") + " duplicates, " + counts.get("quarantined") + " quarantined");
        return counts.get("messages").asLong();
    }

    private interface Pass {
        long run() throws Exception;
    }

    /**
     * The same stage again and again in one JVM: the first pass pays for the JIT's compiling, the later ones show
     * what the code costs once compiled. A WARM line a pass (wall time, and the whole JVM's CPU time over it: the
     * workers' and any compiling left); the RESULT line is the last pass's.
     */
    private static void warm(String stage, int passes, long size, Pass pass) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= passes; i++) {
            long start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long messages = pass.run();
            System.out.printf(java.util.Locale.ROOT, "WARM pass %d: %.1f s, %.1f CPU s%n", i,
                    (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            if (i == passes) {
                Stats.report(stage, messages, size, start);
            }
        }
    }

    private static long read(Path mbox) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        try (InputStream in = Files.newInputStream(mbox)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
            }
        }
        return n;
    }

    private static long split(Path mbox) throws IOException {
        long n = 0;
        try (MboxSource source = MboxSource.open(mbox, false)) {
            while (source.next() != null) {
                n++;
            }
        }
        return n;
    }

    /** Every part decoded, as the floor's definition says (the parser leaves attachments to whoever asks). */
    private static void decodeAll(ParsedMail mail) {
        for (Attachment a : mail.parts()) {
            a.bytes();
        }
        for (ParsedMail inner : mail.attachedMessages()) {
            decodeAll(inner);
        }
    }

    /** The MIME floor, with the same shape as the importer: one reader, N parsing workers, a bounded queue. */
    private static long mime(Path mbox, int threads) throws Exception {
        MailParser parser = new MailParser();
        BlockingQueue<RawMessage> queue = new ArrayBlockingQueue<>(64);
        RawMessage end = new RawMessage(new byte[0], null);
        AtomicLong parsed = new AtomicLong();
        List<Thread> workers = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    for (RawMessage m; (m = queue.take()) != end; ) {
                        try {
                            decodeAll(parser.parse(m.bytes()));
                        } catch (UnreadableMessageException e) {
                            // counted all the same: the importer would quarantine it
                        }
                        parsed.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            t.start();
            workers.add(t);
        }
        try (MboxSource source = MboxSource.open(mbox, false)) {
            for (RawMessage m; (m = source.next()) != null; ) {
                queue.put(m);
            }
        }
        for (int i = 0; i < threads; i++) {
            queue.put(end);
        }
        for (Thread t : workers) {
            t.join();
        }
        return parsed.get();
    }
}
