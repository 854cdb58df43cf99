package dev.mailclip.importer;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.Locale;

/**
 * Progress on standard error with me.tongfei:progressbar: input bytes (with speed and ETA) and
 * messages per second. On a terminal a live bar; otherwise (a pipe, a log file, CI) a plain line
 * every few seconds.
 */
public final class ImportProgress implements ImportListener, AutoCloseable {
    private final ProgressBar bar;
    private final long started = System.nanoTime();
    private long lastMessage;
    private ImportCounts last;

    private ImportProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /** @param totalBytes the input's size, -1 when unknown (the bar then counts without an end) */
    public static ImportProgress forConsole(long totalBytes) {
        boolean terminal = System.console() != null;
        ProgressBarBuilder b = new ProgressBarBuilder()
                .setTaskName("import")
                .setInitialMax(totalBytes > 0 ? totalBytes : -1)
                .setUnit(" MB", 1L << 20)
                .showSpeed(new java.text.DecimalFormat("0.0"));
        if (terminal) {
            b.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250);
        } else {
            // plain lines: no colours, no width limit from a terminal that is not there
            b.setStyle(ProgressBarStyle.ASCII).setMaxRenderedLength(160)
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        System.err.println(line.trim());
                        System.err.flush();
                    }, 160)).setUpdateIntervalMillis(5000);
        }
        return new ImportProgress(b.build());
    }

    @Override
    public void progress(ImportCounts counts, long bytesRead, long totalBytes) {
        if (bytesRead >= 0) {
            bar.stepTo(Math.min(bytesRead, totalBytes > 0 ? totalBytes : bytesRead));
        }
        last = counts;
        // the message (a string) is rebuilt only when the count has moved on enough to show
        if (counts.messages() - lastMessage >= 10 || counts.messages() < 10) {
            lastMessage = counts.messages();
            showCounts(counts);
        }
    }

    private void showCounts(ImportCounts counts) {
        double seconds = (System.nanoTime() - started) / 1e9;
        bar.setExtraMessage(String.format(Locale.ROOT, " %d msgs, %.0f msg/s, %d quarantined",
                counts.messages(), seconds > 0 ? counts.messages() / seconds : 0.0, counts.quarantined()));
    }

    /** Ends the bar with the final counts (the live line shows them only every ten messages). */
    @Override
    public void close() {
        if (last != null) {
            showCounts(last);
        }
        bar.close();
    }
}
