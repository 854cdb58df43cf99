package dev.mailclip.forward;

import dev.mailclip.article.ForwardLayer;

import org.jsoup.nodes.Document;

import java.util.List;

/**
 * What one alternative (text or HTML) yielded when its forward layers were peeled.
 *
 * @param layers outermost first
 * @param inner  the body inside the innermost layer
 * @param note   the forwarder's words above the outermost separator, or null
 * @param unchanged the parsed HTML when nothing was peeled from it (so recovery need not parse it
 *                  again), else null
 */
record Peeled(List<ForwardLayer> layers, String inner, String note, Document unchanged) {
    /** More layers than any real forward chain has; deeper input is junk and is not peeled further. */
    static final int MAX_LAYERS = 20;

    Peeled {
        layers = List.copyOf(layers);
    }

    boolean isForward() {
        return !layers.isEmpty();
    }

    /**
     * Whether the marker is only the rule that closes the header block above it, as Zoho draws its separator both
     * above and below the fields: a separator with no fields of its own, right under the last layer's header
     * (nothing but blank lines between, from {@code from}).
     */
    static boolean closesHeader(ForwardScanner.Marker marker, List<Line> lines, int from) {
        if (marker.header().size() > 0) {
            return false;
        }
        for (int i = from; i < marker.start(); i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The forwarder's note from lines above the separator: trimmed, null when blank. */
    static String note(List<Line> above) {
        StringBuilder note = new StringBuilder();
        for (Line line : above) {
            note.append(line.text().stripTrailing()).append('\n');
        }
        String text = note.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
