package dev.mailclip.recover;

import dev.mailclip.bench.BenchMail;
import dev.mailclip.forward.PeelTiming;
import dev.mailclip.mail.Content;
import dev.mailclip.mail.HtmlSketch;
import org.jsoup.nodes.Document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's {@code html-only} stage: where the warm time of HTML-only mail that is no forward goes, step by step
 * (the HTML parse, the forward peeler, each HTML recogniser, the HTML's text, the text gate and the text
 * recognisers), and what the sketch-based gates would cost and skip if they ran on such mail too (they run only
 * on mail with both bodies). One thread, pass after pass over the messages held in memory; the last pass printed.
 * In this package for the recognisers' package-private entry points; bench code, never part of the jar.
 */
public final class HtmlOnlyStage {
    private HtmlOnlyStage() {
    }

    public static void run(Path mbox, int passes) throws Exception {
        List<String> htmls = new ArrayList<>();
        List<ClipContext> contexts = new ArrayList<>();
        for (HtmlOnlyMail mail : HtmlOnlyMail.of(BenchMail.messages(mbox))) {
            htmls.add(mail.html());
            contexts.add(mail.context());
        }
        Recovery recovery = new Recovery();
        List<HtmlRecogniser> recognisers = recovery.htmlRecognisers();
        int n = htmls.size();
        Map<String, Long> nanos = new LinkedHashMap<>();
        long shapeGateLetsThrough = 0;
        long textGateHolds = 0;
        long treeForwardThrough = 0;
        long treeShapeThrough = 0;
        long[] peel = null;
        for (int pass = 0; pass < passes; pass++) {
            nanos.clear();
            shapeGateLetsThrough = 0;
            textGateHolds = 0;
            treeForwardThrough = 0;
            treeShapeThrough = 0;
            for (int i = 0; i < n; i++) {
                ClipContext context = contexts.get(i);
                long t = System.nanoTime();
                Document doc = new Content(htmls.get(i), null).parsedHtml();
                t = add(nanos, "HTML parse (jsoup)", t);
                Findings findings = new Findings();
                for (HtmlRecogniser r : recognisers) {
                    r.recognise(doc, context, findings);
                    t = add(nanos, r.getClass().getSimpleName(), t);
                }
                String tidy = HtmlText.tidy(HtmlOnlyText.of(doc));
                t = add(nanos, "the HTML's text (HtmlOnlyText, tidy)", t);
                boolean holds = Verdict.textCannotMakeAnArticle(findings, context, tidy);
                t = add(nanos, "the text gate", t);
                if (!holds) {
                    recovery.readLines(tidy, context, findings);
                }
                t = add(nanos, "the text recognisers (where the gate lets them)", t);
                textGateHolds += holds ? 1 : 0;
                shapeGateLetsThrough += HtmlShapeGate.mayHoldShape(HtmlSketch.of(htmls.get(i)), context) ? 1 : 0;
                add(nanos, "sketch and shape gate (not run on such mail)", t);
                t = System.nanoTime();
                HtmlSketch tree = HtmlSketch.of(doc);
                t = add(nanos, "sketch of the parsed tree (as the peeler makes it)", t);
                boolean forward = PeelTiming.mayHoldForward(tree);
                t = add(nanos, "the forward gate on it", t);
                boolean shape = HtmlShapeGate.mayHoldShape(tree, context);
                add(nanos, "the shape gate on it", t);
                treeForwardThrough += forward ? 1 : 0;
                treeShapeThrough += shape ? 1 : 0;
                Content html = new Content(htmls.get(i), null);
                Content parsed = html.withDocument(html.parsedHtml());
                t = System.nanoTime();
                recovery.recover(parsed, context);
                add(nanos, "the whole recovery, its document parsed before", t);
            }
            peel = PeelTiming.time(htmls);
        }
        System.out.printf(Locale.ROOT, "%d HTML-only messages, no forward; µs per message, pass %d of %d:%n", n, passes, passes);
        nanos.forEach((step, ns) -> System.out.printf(Locale.ROOT, "  %-50s %7.1f%n", step, ns / 1e3 / n));
        System.out.printf(Locale.ROOT, "  %-50s %7.1f%n", "forward peeler (parse, rendering, scan)", peel[0] / 1e3 / n);
        System.out.printf(Locale.ROOT, "  %-50s %7.1f%n", "sketch and forward gate (not run on such mail)", peel[1] / 1e3 / n);
        System.out.printf(Locale.ROOT, "the forward gate lets through %d, the shape gate %d, the text gate holds for %d%n",
                peel[2], shapeGateLetsThrough, textGateHolds);
        System.out.printf(Locale.ROOT, "on the sketch of the tree: the forward gate lets through %d, the shape gate %d%n",
                treeForwardThrough, treeShapeThrough);
    }

    private static long add(Map<String, Long> nanos, String step, long since) {
        long now = System.nanoTime();
        nanos.merge(step, now - since, Long::sum);
        return now;
    }
}
