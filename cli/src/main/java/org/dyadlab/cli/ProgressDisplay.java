package org.dyadlab.cli;

import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.dyadlab.events.ProgressListener;

/**
 * Shows how far an import has got: a progress bar on a terminal, a line per tenth of the file otherwise
 * (logs, CI), nothing with --quiet.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {
    private final String task;
    private final PrintWriter err;
    private final boolean quiet;
    private final String countLabel;
    private ProgressBar bar;
    private int lastTenth = -1;

    private final String unit;
    private final long unitSize;

    ProgressDisplay(String task, PrintWriter err, boolean quiet) {
        this(task, err, quiet, " MB", 1 << 20, "records");
    }

    /** @param countLabel what the count in {@link #progress} counts ("records", "files") */
    ProgressDisplay(String task, PrintWriter err, boolean quiet, String countLabel) {
        this(task, err, quiet, " MB", 1 << 20, countLabel);
    }

    /** A display counting in {@code unit}s of {@code unitSize} (" documents", 1) instead of megabytes. */
    ProgressDisplay(String task, PrintWriter err, boolean quiet, String unit, long unitSize) {
        this(task, err, quiet, unit, unitSize, "records");
    }

    private ProgressDisplay(String task, PrintWriter err, boolean quiet, String unit, long unitSize,
            String countLabel) {
        this.task = task;
        this.err = err;
        this.quiet = quiet;
        this.unit = unit;
        this.unitSize = unitSize;
        this.countLabel = countLabel;
    }

    @Override
    public void progress(long bytesRead, long totalBytes, long records) {
        if (quiet || totalBytes <= 0) {
            return;
        }
        if (System.console() != null) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalBytes)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(unit, unitSize).showSpeed()
                        .setUpdateIntervalMillis(250).setMaxRenderedLength(100)
                        .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS).build();
            }
            bar.stepTo(Math.min(bytesRead, totalBytes));
            bar.setExtraMessage(String.format(" %,d %s", records, countLabel));
            return;
        }
        int tenth = (int) Math.min(10, bytesRead * 10 / totalBytes);
        if (tenth > lastTenth && tenth < 10) {
            lastTenth = tenth;
            err.printf("%s: %d%% (%,d %s)%n", task, tenth * 10, records, countLabel);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
