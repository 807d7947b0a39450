package org.dyadlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.compare.Comparison;
import org.dyadlab.analysis.compare.PeriodDifference;
import org.dyadlab.analysis.compare.PeriodEstimate;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab compare}: compares periods of a dyad's relations. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare periods (e.g. US administrations): each metric's value per period with a "
                + "moving-block bootstrap confidence interval, the difference between every pair of periods with "
                + "its interval and bootstrap p-value, and Hedges' g on the per-interval values.",
            "Events count in the period containing their date; intervals the dataset does not cover are left out. "
                    + "Rows of kind 'estimate' and 'difference' share one table (filter on 'kind')."},
        footer = {"", "Examples:",
            "  dyadlab compare --dyad PAK-USA --periods us-administrations",
            "  dyadlab compare --dyad USA-PAK --directed --periods my-phases.yaml --metrics goldstein_mean,conflict_share "
                    + "--format csv > compare.csv"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    BootstrapMixin bootstrap;

    @Option(names = "--periods", defaultValue = "us-administrations", paramLabel = "SET",
            description = "A built-in period set (us-administrations) or a YAML file (default: ${DEFAULT-VALUE}).")
    String periods;

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
            description = "Metrics to compare (default: events, goldstein_mean, conflict_share, net_cooperation). "
                    + "All: events, goldstein_mean, goldstein_sum, verbal_cooperation, material_cooperation, "
                    + "verbal_conflict, material_conflict, their _share, conflict_share, net_cooperation.")
    List<String> metrics;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Rows.Format format;

    @Override
    public Integer call() {
        PeriodSet set = resolvePeriods(periods);
        List<Metric> ms = metrics == null
                ? List.of(Metric.EVENTS, Metric.GOLDSTEIN_MEAN, Metric.CONFLICT_SHARE, Metric.NET_COOPERATION)
                : metrics.stream().map(CompareCommand::metric).toList();
        Comparison c;
        try (EventStore store = analysis.open(workspace)) {
            c = new DyadAnalysis(store).compare(analysis.scope(), set, analysis.interval, ms, analysis.normalization,
                    bootstrap.options());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Rows.Format.table) {
            out.printf("%s %s, periods %s%n%s%n", analysis.dyad, analysis.directed ? "(directed)" : "(both directions)",
                    set.name(), c.basis());
        }
        print(out, c, analysis.dyad + "", analysis.direction(), analysis.normalization.key(), analysis.interval.key(),
                format);
        return 0;
    }

    static PeriodSet resolvePeriods(String name) {
        try {
            return PeriodSets.resolve(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Metric metric(String key) {
        try {
            return Metric.ofKey(key);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Prints estimates and differences as one tidy table (column 'kind'). */
    static void print(PrintWriter out, Comparison c, String subject, String direction, String normalization,
                      String interval, Rows.Format format) {
        Rows rows = new Rows("kind", "subject", "direction", "metric", "period", "period_start", "period_end", "later_period",
                "value", "ci_low", "ci_high", "p_value", "hedges_g", "units", "block_length", "events", "ci_method",
                "interval", "normalization");
        for (PeriodEstimate e : c.estimates()) {
            rows.add("estimate", subject, direction, e.metric(), e.period().name(), e.period().start().toString(),
                    lastDay(e.period()), null, e.value(), e.ciLow(), e.ciHigh(), null, null, e.units(), e.blockLength(),
                    e.events(), e.method(), interval, normalization);
        }
        for (PeriodDifference d : c.differences()) {
            rows.add("difference", subject, direction, d.metric(), d.from().name(), d.from().start().toString(),
                    lastDay(d.from()), d.to().name(), d.difference(), d.ciLow(), d.ciHigh(), d.pValue(), d.hedgesG(),
                    null, null, null, d.method(), interval, normalization);
        }
        if (format != Rows.Format.table) {
            rows.print(out, format);
            return;
        }
        Rows est = new Rows("metric", "period", "value", "ci_low", "ci_high", "ci", "units", "events");
        java.util.Set<String> empty = new java.util.LinkedHashSet<>();
        for (PeriodEstimate e : c.estimates()) {
            if (e.units() == 0) {
                empty.add(e.period().name());
                continue;
            }
            est.add(e.metric(), e.period().name(), e.value(), e.ciLow(), e.ciHigh(), e.method(), e.units(), e.events());
        }
        out.println();
        est.print(out, format);
        Rows diff = new Rows("metric", "from", "to", "difference", "ci_low", "ci_high", "p_value", "hedges_g");
        for (PeriodDifference d : c.differences()) {
            if (empty.contains(d.from().name()) || empty.contains(d.to().name())) {
                continue;
            }
            diff.add(d.metric(), d.from().name(), d.to().name(), d.difference(), d.ciLow(), d.ciHigh(), d.pValue(),
                    d.hedgesG());
        }
        out.println();
        diff.print(out, format);
        if (!empty.isEmpty()) {
            out.println();
            out.println("No data in: " + String.join(", ", empty) + " (left out of the tables above; csv/json list them).");
        }
        boolean few = c.estimates().stream().anyMatch(e -> e.units() > 0 && e.units() < 10);
        if (few) {
            out.println();
            out.println("Note: periods with fewer than 10 units get t intervals (ci = t), which assume independent units.");
        }
    }

    private static String lastDay(Period p) {
        return p.lastDay() == null ? null : p.lastDay().toString();
    }
}
