package dev.mailclip.forward;

import dev.mailclip.mail.HtmlSketch;

import java.util.List;

/**
 * For the bench's {@code html-only} stage: what the HTML forward peeler costs an HTML-only body, against what asking
 * {@link ForwardGate} first would cost (its sketch and its scan). In this package for the gate's and the peeler's
 * package-private entry points; bench code, never part of the jar.
 */
public final class PeelTiming {
    private PeelTiming() {
    }

    /** A subject that marks a forward: the unwrapper reads such a body whole, with no gate. */
    public static boolean forwardSubject(String subject) {
        return ForwardSubjects.isForward(subject);
    }

    /** The forward gate on a sketch already made (of the parsed tree, for HTML-only mail). */
    public static boolean mayHoldForward(HtmlSketch sketch) {
        return ForwardGate.mayHoldForward(sketch);
    }

    /** Nanoseconds in all: {peeling (parse, rendering, scan), sketch and gate}, and how many the gate lets through. */
    public static long[] time(List<String> htmls) {
        long[] out = new long[3];
        long t0 = System.nanoTime();
        for (String html : htmls) {
            HtmlForwards.peel(html);
        }
        long t1 = System.nanoTime();
        for (String html : htmls) {
            out[2] += ForwardGate.mayHoldForward(HtmlSketch.of(html)) ? 1 : 0;
        }
        out[0] = t1 - t0;
        out[1] = System.nanoTime() - t1;
        return out;
    }
}
