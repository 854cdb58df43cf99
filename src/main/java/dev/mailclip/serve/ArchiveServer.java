package dev.mailclip.serve;

import dev.mailclip.OneLine;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.SinkException;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * {@code mailclip serve}: a read-only web app on an archive, on Undertow. GET only; every response carries
 * the headers of {@link Responses#secure} (a strict Content-Security-Policy above all); every other path is a
 * 404. Pages read the archive one request at a time (an archive's reader is one connection).
 */
public final class ArchiveServer implements AutoCloseable {
    /**
     * Undertow and XNIO log through java.util.logging here (jboss-logging finds no other backend): their
     * start-up notes would break the commands' one-line output, so only warnings pass. Held strongly, as
     * java.util.logging keeps loggers weakly.
     */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream
            .of("io.undertow", "org.xnio", "org.jboss.threads").map(java.util.logging.Logger::getLogger)
            .peek(l -> l.setLevel(java.util.logging.Level.WARNING)).toList();

    private final Undertow server;

    /** A page that reads the archive. */
    @FunctionalInterface
    private interface Page {
        void handle(HttpServerExchange x) throws SinkException;
    }

    /**
     * @param port 0 for any free port ({@link #port()} tells which)
     */
    public ArchiveServer(Archive archive, String host, int port) {
        ListPage list = new ListPage(archive);
        ArticlePages articles = new ArticlePages(archive);
        QuarantinePages quarantine = new QuarantinePages(archive);
        DashboardPage dashboard = new DashboardPage(archive);
        byte[] css = Views.css().getBytes(StandardCharsets.UTF_8);
        RoutingHandler routes = Handlers.routing()
                .get(Routes.LIST, page(list::handle))
                .get(Routes.ARTICLE, page(articles::article))
                .get(Routes.IMAGE, page(articles::image))
                .get(Routes.QUARANTINE, page(quarantine::list))
                .get(Routes.RAW, page(quarantine::raw))
                .get(Routes.DASHBOARD, page(dashboard::handle))
                .get(Routes.STYLE, x -> Responses.bytes(x, "text/css; charset=utf-8", css))
                .setFallbackHandler(Responses::notFound)
                .setInvalidMethodHandler(x -> {
                    x.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
                    x.getResponseHeaders().put(Headers.ALLOW, "GET");
                    x.getResponseSender().send("read-only: GET only\n");
                });
        HttpHandler root = new BlockingHandler(x -> {
            Responses.secure(x);
            routes.handleRequest(x);
        });
        server = Undertow.builder().addHttpListener(port, host).setHandler(root).build();
    }

    /** A page whose archive read failed says so in one line (500), as the commands do. */
    private static HttpHandler page(Page p) {
        return x -> {
            try {
                p.handle(x);
            } catch (SinkException e) {
                x.setStatusCode(StatusCodes.INTERNAL_SERVER_ERROR);
                x.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
                x.getResponseSender().send("cannot read the archive: " + OneLine.of(e) + "\n");
            }
        };
    }

    /**
     * Starts listening. Undertow reports a port already taken as a RuntimeException whose cause is a
     * {@link java.net.BindException}.
     */
    public ArchiveServer start() {
        server.start();
        return this;
    }

    /** The port listened on. */
    public int port() {
        return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }

    @Override
    public void close() {
        server.stop();
    }
}
