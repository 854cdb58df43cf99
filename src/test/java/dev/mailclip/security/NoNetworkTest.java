package dev.mailclip.security;

import dev.mailclip.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing messages whose HTML points at a local server (images, stylesheets, scripts, frames,
 * CSS url(), meta refresh, link prefetch) into every sink makes no connection: the server counts
 * zero accepts, and no URL is ever handed to the JVM's proxy selector (which every URL connection
 * consults, whatever its host).
 */
class NoNetworkTest {
    @TempDir
    Path tmp;

    private ServerSocket server;
    private final AtomicInteger accepted = new AtomicInteger();
    private Thread acceptor;
    private ProxySelector saved;
    private final List<URI> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    accepted.incrementAndGet();
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    accepted.incrementAndGet();
                }
            }
        }, "no-network-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        saved = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        ProxySelector.setDefault(saved);
        server.close();
        acceptor.join(2000);
    }

    private String html(int port, int n) {
        String base = "http://127.0.0.1:" + port + "/";
        return "<html><head><link rel=stylesheet href=\"" + base + "css" + n + "\">"
                + "<link rel=prefetch href=\"" + base + "prefetch\"><link rel=icon href=\"" + base + "favicon.ico\">"
                + "<meta http-equiv=refresh content=\"0;url=" + base + "refresh\">"
                + "<script src=\"" + base + "js\"></script><style>@import url(" + base + "import);"
                + "body{background:url(" + base + "bg)}</style><base href=\"" + base + "\"></head><body>"
                + "<div class=\"container\"><a class=\"domain reader-domain\" href=\"https://news.example.com/s" + n
                + "\">news.example.com</a><h1 class=\"reader-title\">Remote things " + n + "</h1>"
                + "<div class=\"moz-reader-content\"><p>Words of the article number " + n + ".</p>"
                + "<img src=\"" + base + "img" + n + ".png\"><img src=\"relative.png\">"
                + "<picture><source srcset=\"" + base + "srcset\"></picture>"
                + "<iframe src=\"" + base + "frame\"></iframe><video poster=\"" + base + "poster\"></video>"
                + "<object data=\"" + base + "object\"></object>"
                + "<p style=\"background:url(" + base + "inline)\">styled</p></div></div></body></html>";
    }

    @Test
    void importFetchesNothing() throws Exception {
        int port = server.getLocalPort();
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 4; i++) {
            String eml = "From: a@example.org\r\nTo: b@example.org\r\nSubject: remote " + i
                    + "\r\nDate: Mon, 01 Jan 2024 10:00:00 +0000\r\nMessage-ID: <remote" + i + "@t>\r\n"
                    + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html(port, i);
            Files.writeString(in.resolve("m" + i + ".eml"), eml);
        }
        Files.writeString(in.resolve("clip.html"), html(port, 9));
        for (String sink : List.of("sqlite:" + tmp.resolve("a.db"), "jsonl:" + tmp.resolve("a.jsonl"),
                "markdown:" + tmp.resolve("md"))) {
            assertEquals(0, quietly("import", "--quiet", "--sink", sink, in.toString()), sink);
        }
        assertEquals(0, quietly("extract", in.resolve("m0.eml").toString()));
        assertEquals(0, quietly("clean", in.resolve("m1.eml").toString(), "-o", tmp.resolve("clean.md").toString()));

        // the remote image is kept as a link in the record: it was seen, and left alone
        assertTrue(Files.readString(tmp.resolve("a.jsonl")).contains("http://127.0.0.1:" + port + "/img0.png"));
        // the server would have seen a connection by now; give a late one a moment anyway
        Thread.sleep(200);
        assertEquals(0, accepted.get(), "connections to the local server");
        assertEquals(List.of(), asked, "URLs handed to the proxy selector");
    }

    /** The test itself can fail: a real fetch is seen by both counters. */
    @Test
    void theCountersSeeAFetch() throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getLocalPort() + "/probe");
        try {
            uri.toURL().openConnection().getInputStream().close();
        } catch (IOException expected) {
            // the server hangs up without answering
        }
        long end = System.nanoTime() + 2_000_000_000L;
        while (accepted.get() == 0 && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(accepted.get() >= 1, "the JDK may retry: " + accepted.get());
        assertTrue(asked.contains(uri), asked.toString());
    }

    private static int quietly(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream sinkhole = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(sinkhole);
        System.setErr(sinkhole);
        try {
            return Main.run(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
