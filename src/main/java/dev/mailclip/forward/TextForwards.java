package dev.mailclip.forward;

import dev.mailclip.article.ForwardLayer;

import java.util.ArrayList;
import java.util.List;

/**
 * Peels forwards off a text/plain body: Gmail, Outlook, Apple Mail ("> "-quoted), Thunderbird, Yahoo
 * and "-----Original Message-----" separators in every language of the label table.
 */
final class TextForwards {
    private TextForwards() {
    }

    static Peeled peel(String text) {
        List<String> current = List.of(TextNormalizer.normalise(text).split("\n", -1));
        List<ForwardLayer> layers = new ArrayList<>();
        String note = null;
        boolean closed = false;
        while (layers.size() < Peeled.MAX_LAYERS) {
            List<Line> lines = new ArrayList<>(current.size());
            for (String raw : current) {
                lines.add(Line.plain(QuotedText.stripAll(raw)));
            }
            ForwardScanner.Marker marker = ForwardScanner.findFirst(lines, 0);
            if (marker == null) {
                break;
            }
            if (layers.isEmpty()) {
                note = Peeled.note(lines.subList(0, marker.start()));
            } else if (!closed && Peeled.closesHeader(marker, lines, 0)) {
                current = current.subList(marker.end() + 1, current.size()); // no layer of its own
                closed = true; // once a layer: a run of bare separators is no run of closings
                continue;
            }
            closed = false;
            layers.add(marker.header().toLayer());
            // the forwarded body is quoted as deep as its header block (Apple Mail quotes both with "> ")
            int depth = QuotedText.depth(current.get(marker.end()));
            List<String> inner = new ArrayList<>(current.size() - marker.end());
            for (String raw : current.subList(marker.end() + 1, current.size())) {
                inner.add(QuotedText.strip(raw, depth));
            }
            current = unquoted(inner);
        }
        if (layers.isEmpty()) {
            return new Peeled(List.of(), text, null, null);
        }
        return new Peeled(layers, String.join("\n", current).strip(), note, null);
    }

    /**
     * A forwarded body quoted whole, every line as deep, under a header block that is not (Proton Mail, Spark:
     * "> " on every line below "Subject:"), without that quoting; any other body as it is.
     */
    private static List<String> unquoted(List<String> body) {
        int depth = -1;
        for (String line : body) {
            if (!line.isBlank()) {
                int d = QuotedText.depth(line);
                if (depth >= 0 && d != depth) {
                    return body; // quotes within quotes: a conversation's, left as it is
                }
                depth = d;
            }
        }
        if (depth <= 0) {
            return body;
        }
        List<String> out = new ArrayList<>(body.size());
        for (String line : body) {
            out.add(QuotedText.strip(line, depth));
        }
        return out;
    }
}
