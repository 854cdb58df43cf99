package dev.mailclip.serve;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;

import java.nio.ByteBuffer;

/** How every response goes out: its security headers first, then a page, some bytes or a 404. */
final class Responses {
    /** No script at all, style and images from this server only, no frames, forms only back here. */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";
    /** {@link #CSP} with remote images allowed: the article page the person asked to show them on. */
    static final String CSP_REMOTE_IMAGES = CSP.replace("img-src 'self' data:", "img-src 'self' data: http: https:");

    private Responses() {
    }

    /** The headers every response carries (a handler may relax the CSP's img-src for its page, nothing else). */
    static void secure(HttpServerExchange x) {
        x.getResponseHeaders().put(new HttpString("Content-Security-Policy"), CSP);
        x.getResponseHeaders().put(new HttpString("X-Content-Type-Options"), "nosniff");
        x.getResponseHeaders().put(new HttpString("Referrer-Policy"), "no-referrer");
        x.getResponseHeaders().put(new HttpString("X-Frame-Options"), "DENY");
        x.getResponseHeaders().put(new HttpString("Cross-Origin-Resource-Policy"), "same-origin");
    }

    static void html(HttpServerExchange x, String template, Object model) {
        x.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
        x.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        x.getResponseSender().send(Views.render(template, model));
    }

    static void bytes(HttpServerExchange x, String contentType, byte[] body) {
        x.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        x.getResponseSender().send(ByteBuffer.wrap(body));
    }

    static void notFound(HttpServerExchange x) {
        x.setStatusCode(StatusCodes.NOT_FOUND);
        x.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        x.getResponseSender().send("not found\n");
    }
}
