package dev.mailclip.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the dashboard's charts, worked out here so the templates only place SVG shapes: no script,
 * no inline style (the CSP forbids both), the same picture in the browser and in the report file.
 */
public final class Charts {
    /** Width of the longest horizontal bar, in SVG units. */
    static final int BAR_WIDTH = 260;
    /** Height of the timeline's tallest column. */
    static final int TIMELINE_HEIGHT = 160;

    private Charts() {
    }

    /** One horizontal bar: its label, count and length. */
    public record Bar(String label, long n, int width, int y) {
    }

    /** One column of the timeline: its month, count, place and height. */
    public record Column(String month, long n, int x, int width, int height, int y, boolean labelled) {
    }

    /** Horizontal bars for counts, the largest {@link #BAR_WIDTH} long, 22 units apart. */
    public static List<Bar> bars(List<Tally.Count> counts) {
        long max = counts.stream().mapToLong(Tally.Count::n).max().orElse(1);
        List<Bar> out = new ArrayList<>();
        int y = 0;
        for (Tally.Count c : counts) {
            out.add(new Bar(c.value(), c.n(), (int) Math.max(2, Math.round(c.n() * (double) BAR_WIDTH / max)), y));
            y += 22;
        }
        return out;
    }

    /** A bar's label cut to fit left of its bar (the full label is the bar's tooltip). */
    public static String shortLabel(String label) {
        return label.length() > 26 ? label.substring(0, 25) + "…" : label;
    }

    /** Columns for months in order, in a chart {@code width} wide; about twelve of them carry their month below. */
    public static List<Column> timeline(Map<String, Long> months, int width) {
        long max = months.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int n = Math.max(1, months.size());
        int step = Math.max(4, width / n);
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        List<Column> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : months.entrySet()) {
            int h = (int) Math.max(2, Math.round(e.getValue() * (double) TIMELINE_HEIGHT / max));
            out.add(new Column(e.getKey(), e.getValue(), i * step, Math.max(2, step - 2), h, TIMELINE_HEIGHT - h,
                    i % every == 0));
            i++;
        }
        return out;
    }
}
