package dev.mailclip.serve;

import dev.mailclip.sink.Archive;
import dev.mailclip.sink.QuarantineEntry;
import dev.mailclip.sink.SinkException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.util.List;

/**
 * {@code /quarantine} (every quarantined message with its reason) and {@code /quarantine/raw?id=} (one message's
 * raw bytes as an {@code .eml} download: an attachment, never shown in the page, so nothing in it runs).
 */
final class QuarantinePages {
    private final Archive archive;

    QuarantinePages(Archive archive) {
        this.archive = archive;
    }

    void list(HttpServerExchange x) throws SinkException {
        List<QuarantineEntry> items;
        synchronized (archive) {
            items = archive.quarantined();
        }
        Responses.html(x, "quarantine", new QuarantineView(items));
    }

    void raw(HttpServerExchange x) throws SinkException {
        String id = Query.one(x.getQueryParameters(), "id");
        byte[] bytes;
        synchronized (archive) {
            bytes = id == null ? null : archive.quarantinedBytes(id);
        }
        if (bytes == null) {
            Responses.notFound(x);
            return;
        }
        x.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(id) + "\"");
        Responses.bytes(x, "message/rfc822", bytes);
    }

    /** A download name made of the id's safe characters only. */
    static String fileName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._@-]+", "_").replaceAll("^[._]+", "");
        return (safe.isEmpty() ? "message" : safe.length() > 80 ? safe.substring(0, 80) : safe) + ".eml";
    }
}
