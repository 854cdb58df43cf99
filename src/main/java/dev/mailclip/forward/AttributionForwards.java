package dev.mailclip.forward;

import dev.mailclip.article.ForwardLayer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Outlook 2019's forward that is nothing but an attribution line above the original, "On 28/10/2021
 * 12:46, John Doe &lt;john@example.com&gt; wrote:", the original quoted or indented below it (a blockquote
 * or a left-bordered div in HTML). Every reply quotes its message the same way, so the unwrapper asks
 * for this shape only when the subject carries a forward prefix; the layer's subject is that subject
 * without the prefix.
 */
final class AttributionForwards {
    private AttributionForwards() {
    }

    /** The first attribution line and the text below it as the forwarded message; no layer when there is none. */
    static Peeled peelText(String text, String subject) {
        List<String> raw = List.of(TextNormalizer.normalise(text).split("\n", -1));
        for (int i = 0; i < raw.size(); i++) {
            AttributionLine attribution = attribution(QuotedText.stripAll(raw.get(i)));
            if (attribution == null) {
                continue;
            }
            List<String> below = unquote(raw.subList(i + 1, raw.size()));
            String inner = String.join("\n", below).strip();
            if (inner.isEmpty()) {
                return unchanged(text);
            }
            List<Line> above = new ArrayList<>(i);
            for (String line : raw.subList(0, i)) {
                above.add(Line.plain(line));
            }
            return new Peeled(List.of(layer(attribution, subject)), inner, Peeled.note(above), null);
        }
        return unchanged(text);
    }

    /**
     * The same on HTML, already parsed and left unchanged by the separator scan ({@code peeled});
     * the attribution line and everything above it are cut from the DOM.
     */
    static Peeled peelHtml(Peeled peeled, String subject) {
        Document document = peeled.unchanged();
        if (document == null) {
            return peeled;
        }
        HtmlLines.Rendered rendered = HtmlLines.render(document.body(), HtmlLines.NO_MARKUP);
        List<Line> lines = rendered.lines();
        for (int i = 0; i < lines.size(); i++) {
            AttributionLine attribution = attribution(lines.get(i).text());
            if (attribution == null) {
                continue;
            }
            Node last = rendered.lastNodes().get(i);
            if (last == null || i + 1 == lines.size()) {
                return peeled;
            }
            String inner = HtmlForwards.cutThrough(document, last);
            return new Peeled(List.of(layer(attribution, subject)), inner, Peeled.note(lines.subList(0, i)), null);
        }
        return peeled;
    }

    private static AttributionLine attribution(String line) {
        return line.length() > AttributionLine.MAX_LENGTH ? null : AttributionLine.read(line);
    }

    private static ForwardLayer layer(AttributionLine attribution, String subject) {
        return new ForwardLayer(attribution.from(), null, attribution.date(), ForwardSubjects.original(subject));
    }

    /** The original below the line: its quote markers removed, then the indentation all its lines share. */
    private static List<String> unquote(List<String> lines) {
        int depth = 0;
        for (String line : lines) {
            if (!line.isBlank()) {
                depth = QuotedText.depth(line);
                break;
            }
        }
        List<String> out = new ArrayList<>(lines.size());
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            String stripped = QuotedText.strip(line, depth);
            out.add(stripped);
            if (!stripped.isBlank()) {
                indent = Math.min(indent, stripped.length() - stripped.stripLeading().length());
            }
        }
        if (indent == 0 || indent == Integer.MAX_VALUE) {
            return out;
        }
        List<String> dedented = new ArrayList<>(out.size());
        for (String line : out) {
            dedented.add(line.length() >= indent ? line.substring(indent) : line.strip());
        }
        return dedented;
    }

    private static Peeled unchanged(String text) {
        return new Peeled(List.of(), text, null, null);
    }
}
