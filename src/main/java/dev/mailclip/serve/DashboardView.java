package dev.mailclip.serve;

import java.util.List;

/**
 * The dashboard, for the archive (served) or for one import (the report file): articles per month as a
 * timeline, top sites, labels, kinds and quarantine reasons as bars.
 *
 * @param heading  the page's title
 * @param summary  lines under the title (the import's counts, or the archive's size)
 * @param css      the style sheet to write into the page, or null to link the served one
 */
public record DashboardView(String heading, List<String> summary, List<Charts.Column> timeline, int timelineWidth,
                            List<Charts.Bar> sites, List<Charts.Bar> labels, List<Charts.Bar> kinds,
                            List<Charts.Bar> reasons, String css) {
    /** Bars shown per chart. */
    static final int TOP = 15;

    public static DashboardView of(String heading, List<String> summary, Tally t, String css) {
        int width = Math.max(240, Math.min(960, t.months().size() * 24));
        return new DashboardView(heading, summary, Charts.timeline(t.months(), width), width,
                Charts.bars(t.sites(TOP)), Charts.bars(t.labels(TOP)), Charts.bars(t.kinds()),
                Charts.bars(t.reasons(TOP)), css);
    }

    /** Height of a bar chart of {@code n} bars. */
    public int height(List<Charts.Bar> bars) {
        return Math.max(22, bars.size() * 22);
    }

    public boolean standalone() {
        return css != null;
    }
}
