package dev.mailclip.cli;

import dev.mailclip.OneLine;
import dev.mailclip.serve.ArchiveServer;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.SinkException;
import dev.mailclip.sink.Sinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code mailclip serve [--sink URI] [--host H] [--port N]}: the archive as a local, read-only web app
 * ({@link ArchiveServer}) until the process is stopped. The archive is opened through {@link Sinks#openArchive},
 * as {@code show} and {@code list} open it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Browses the archive in a web browser.",
                "Search, facets, articles with their sightings, the quarantine, a dashboard.",
                "Read-only; listens on 127.0.0.1 unless --host says otherwise. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ArchiveOption archive;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 shows your mail to the network)")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE})")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("mailclip serve: --port must be between 0 and 65535");
            return ExitCodes.BAD_INPUT;
        }
        Archive opened;
        try {
            opened = Sinks.openArchive(archive.sink);
        } catch (SinkException e) {
            err.println("mailclip serve: " + OneLine.of(e));
            return ExitCodes.SINK;
        }
        ArchiveServer server = new ArchiveServer(opened, host, port);
        try {
            server.start();
        } catch (RuntimeException e) {
            closeQuietly(opened);
            err.println("mailclip serve: cannot listen on " + host + ":" + port
                    + (e.getCause() instanceof BindException ? " (in use? choose another with --port)" : "")
                    + ": " + OneLine.of(e.getCause() == null ? e : e.getCause()));
            return ExitCodes.BAD_INPUT;
        }
        err.println("mailclip serve: " + archive.sink + " on http://" + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + server.port() + "/ (Ctrl-C stops)");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            closeQuietly(opened);
            stopped.countDown();
        }, "mailclip-serve-stop"));
        stopped.await();
        return 0;
    }

    private static void closeQuietly(Archive a) {
        try {
            a.close();
        } catch (SinkException ignored) {
            // read-only: nothing to lose
        }
    }
}
