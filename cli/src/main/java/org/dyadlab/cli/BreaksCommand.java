package org.dyadlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.breaks.Break;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.breaks.ChangePointResult;
import org.dyadlab.analysis.breaks.Segment;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab breaks}: change points in a dyad's series. */
@Command(name = "breaks", mixinStandardHelpOptions = true,
        description = {"Find when a dyad's relations changed: changes in the mean of a metric's series (PELT with an "
                + "MBIC penalty scaled for autocorrelation), the means either side, the size of the change in noise "
                + "units, its confidence against no change, and its support (how stable its date is).",
            "Intervals the dataset does not cover, and intervals where the metric is undefined, are left out."},
        footer = {"", "Examples:",
            "  dyadlab breaks --dyad PAK-USA --metric goldstein_mean",
            "  dyadlab breaks --dyad USA-PAK --directed --metric events --normalize actors --format json"})
final class BreaksCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--metric", defaultValue = "goldstein_mean", description = "The metric (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--penalty", defaultValue = "mbic", description = "mbic (3 ln n), bic (2 ln n) or a number, in units "
            + "of the long-run noise variance (default: ${DEFAULT-VALUE}).")
    String penalty;

    @Option(names = "--min-segment", defaultValue = "3", description = "Fewest intervals per segment (default: ${DEFAULT-VALUE}).")
    int minSegment;

    @Option(names = "--replicates", defaultValue = "200", description = "Bootstrap replicates for the support "
            + "(default: ${DEFAULT-VALUE}; 0 for none).")
    int replicates;

    @Option(names = "--window", defaultValue = "2", description = "Intervals within which a replicate's break "
            + "supports one found (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--seed", defaultValue = "20180104", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Rows.Format format;

    @Override
    public Integer call() {
        Metric m;
        ChangePointOptions options;
        try {
            m = Metric.ofKey(metric);
            options = new ChangePointOptions(penalty, minSegment, replicates, window, seed);
            org.dyadlab.analysis.breaks.Penalty.parse(penalty, 10);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ChangePointResult r;
        try (EventStore store = analysis.open(workspace)) {
            r = new DyadAnalysis(store).breaks(analysis.scope(), analysis.interval, m, analysis.normalization, options);
        }
        PrintWriter out = spec.commandLine().getOut();
        Rows rows = new Rows("kind", "dyad", "direction", "metric", "start", "last", "mean", "mean_before", "mean_after",
                "shift_sigma", "confidence", "support", "date_low", "date_high", "intervals", "interval", "normalization");
        String norm = m.effective(analysis.normalization).key();
        for (Segment s : r.segments()) {
            rows.add("segment", analysis.dyad.toString(), analysis.direction(), r.metric(), s.start().toString(),
                    s.last().toString(), s.mean(), null, null, null, null, null, null, null, s.intervals(),
                    analysis.interval.key(), norm);
        }
        for (Break b : r.breaks()) {
            rows.add("break", analysis.dyad.toString(), analysis.direction(), r.metric(), b.date().toString(), null, null,
                    b.meanBefore(), b.meanAfter(), b.shiftInSigma(), b.confidence(), b.support(),
                    b.low() == null ? null : b.low().toString(), b.high() == null ? null : b.high().toString(), null,
                    analysis.interval.key(), norm);
        }
        if (format != Rows.Format.table) {
            rows.print(out, format);
            return 0;
        }
        out.printf("%s %s: %s%n", analysis.dyad, analysis.directed ? "(directed)" : "(both directions)", r.basis());
        out.printf("%d intervals with a value, %d left out; noise SD %.4f, lag-1 autocorrelation %.2f; penalty %s%n",
                r.observed(), r.skipped(), r.sigma(), r.autocorrelation(), r.penalty().name());
        if (r.breaks().isEmpty()) {
            out.println("No break found.");
        }
        out.println();
        Rows seg = new Rows("segment_start", "segment_last", "intervals", "mean");
        r.segments().forEach(s -> seg.add(s.start().toString(), s.last().toString(), s.intervals(), s.mean()));
        seg.print(out, format);
        if (!r.breaks().isEmpty()) {
            out.println();
            Rows br = new Rows("break", "mean_before", "mean_after", "shift_sigma", "confidence", "support", "90%_from",
                    "90%_to");
            r.breaks().forEach(b -> br.add(b.date().toString(), b.meanBefore(), b.meanAfter(), b.shiftInSigma(),
                    b.confidence(), b.support(), b.low() == null ? null : b.low().toString(),
                    b.high() == null ? null : b.high().toString()));
            br.print(out, format);
            out.println();
            out.println("confidence: 1 - bootstrap p-value against no change between the neighbouring breaks; support: "
                    + "share of replicates finding the break within the window. Both overstate breaks in strongly "
                    + "autocorrelated series (docs/analysis.md).");
        }
        return 0;
    }
}
