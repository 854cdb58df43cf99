package dev.mailclip.serve;

import dev.mailclip.article.Article;
import dev.mailclip.article.Attachment;
import dev.mailclip.sink.Archive;
import dev.mailclip.sink.NearDuplicate;
import dev.mailclip.sink.SinkException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.util.List;
import java.util.Set;

/**
 * {@code /article?id=} (one record; {@code &remote=1} loads its remote images on that page only) and
 * {@code /image?id=&cid=} (an inline image of the record, from the archive). Both are looked up in the archive
 * ({@link Archive#find}, {@link Archive#inlinePart}); an unknown one, or a part that is not a raster image, is a 404.
 */
final class ArticlePages {
    /** Image types served as they are; anything else (SVG, which can carry script, above all) is not served. */
    private static final Set<String> RASTER = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "image/avif", "image/bmp");

    private final Archive archive;

    ArticlePages(Archive archive) {
        this.archive = archive;
    }

    void article(HttpServerExchange x) throws SinkException {
        String id = Query.one(x.getQueryParameters(), "id");
        boolean remote = "1".equals(Query.one(x.getQueryParameters(), "remote"));
        Article a;
        List<NearDuplicate> near;
        synchronized (archive) {
            a = id == null ? null : archive.find(id);
            near = a == null ? List.of() : archive.nearDuplicates(a);
        }
        if (a == null) {
            Responses.notFound(x);
            return;
        }
        if (remote) {
            x.getResponseHeaders().put(new HttpString("Content-Security-Policy"), Responses.CSP_REMOTE_IMAGES);
        }
        Responses.html(x, "article", ArticleView.of(a, near, remote));
    }

    void image(HttpServerExchange x) throws SinkException {
        String id = Query.one(x.getQueryParameters(), "id");
        String cid = Query.one(x.getQueryParameters(), "cid");
        Attachment image;
        synchronized (archive) {
            image = id == null || cid == null ? null : archive.inlinePart(id, bare(cid));
        }
        if (image == null || image.bytes() == null || image.contentType() == null
                || !RASTER.contains(image.contentType().toLowerCase(java.util.Locale.ROOT))) {
            Responses.notFound(x);
            return;
        }
        x.getResponseHeaders().put(Headers.CACHE_CONTROL, "private, max-age=3600");
        Responses.bytes(x, image.contentType().toLowerCase(java.util.Locale.ROOT), image.bytes());
    }

    private static String bare(String cid) {
        String c = cid.strip();
        return c.startsWith("<") && c.endsWith(">") ? c.substring(1, c.length() - 1) : c;
    }
}
