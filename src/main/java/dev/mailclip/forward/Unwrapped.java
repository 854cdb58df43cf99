package dev.mailclip.forward;

import dev.mailclip.mail.Content;
import dev.mailclip.article.ForwardLayer;

import java.util.List;

/**
 * A body with its inline forwarded layers peeled off.
 *
 * @param layers outermost first; empty when the body is not a forward
 * @param inner  the content inside the innermost layer (the body itself when there are no layers),
 *               with quoting ("> ") and the forward header blocks removed
 * @param note   the forwarder's own words above the outermost separator, or null
 */
public record Unwrapped(List<ForwardLayer> layers, Content inner, String note) {
    public Unwrapped {
        layers = List.copyOf(layers);
    }

    public static Unwrapped none(Content content) {
        return new Unwrapped(List.of(), content, null);
    }
}
