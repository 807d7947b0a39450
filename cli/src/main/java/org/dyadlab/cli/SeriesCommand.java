package org.dyadlab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab series}: a dyad's cooperation-conflict series. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"A dyad's series: per interval, event count, Goldstein mean and sum, QuadClass counts and "
                + "shares, conflict share and net cooperation (cooperative minus conflictual Goldstein weight).",
            "Every interval of the covered time is listed, empty ones too (0 events, undefined means). Count-like "
                    + "columns follow --normalize, which the 'normalization' column repeats; 'actor_events' and "
                    + "'dataset_events' are the denominators (dataset_events 0 = no data that interval)."},
        footer = {"", "Examples:",
            "  dyadlab series --dyad PAK-USA --interval month --format csv > pak-usa-monthly.csv",
            "  dyadlab series --dyad USA-PAK --directed --interval week --normalize actors --origin icews18"})
final class SeriesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Rows.Format format;

    @Override
    public Integer call() {
        DyadSeries s;
        try (EventStore store = analysis.open(workspace)) {
            s = new DyadAnalysis(store).series(analysis.scope(), analysis.interval);
        }
        List<String> cols = new ArrayList<>(List.of("dyad", "direction", "interval", "interval_start", "interval_end",
                "normalization"));
        for (Metric m : Metric.values()) {
            cols.add(m.key());
        }
        cols.add("actor_events");
        cols.add("dataset_events");
        Rows rows = new Rows(cols.toArray(new String[0]));
        for (SeriesPoint p : s.points()) {
            List<Object> v = new ArrayList<>(List.of(s.dyad().toString(), analysis.direction(), analysis.interval.key(),
                    p.start().toString(), p.end().minusDays(1).toString(), analysis.normalization.key()));
            for (Metric m : Metric.values()) {
                v.add(p.value(m, analysis.normalization));
            }
            v.add(p.sums().actorEvents());
            v.add(p.sums().allEvents());
            rows.add(v.toArray());
        }
        if (format == Rows.Format.table) {
            spec.commandLine().getOut().printf("%s %s, per %s; count-like metrics: %s; %d intervals%n", s.dyad(),
                    analysis.directed ? "(directed)" : "(both directions)", analysis.interval.key(),
                    analysis.normalization.description(), s.points().size());
            tableOf(s).print(spec.commandLine().getOut(), format);
        } else {
            rows.print(spec.commandLine().getOut(), format);
        }
        return 0;
    }

    /** The columns a person reads first; csv and json carry all of them. */
    private Rows tableOf(DyadSeries s) {
        Rows t = new Rows("start", "events", "goldstein_mean", "verb_coop", "mat_coop", "verb_conf", "mat_conf",
                "conflict_share", "net_coop", "dataset_events");
        var n = analysis.normalization;
        for (SeriesPoint p : s.points()) {
            t.add(p.start().toString(), p.value(Metric.EVENTS, n), p.value(Metric.GOLDSTEIN_MEAN, n),
                    p.value(Metric.VERBAL_COOPERATION, n), p.value(Metric.MATERIAL_COOPERATION, n),
                    p.value(Metric.VERBAL_CONFLICT, n), p.value(Metric.MATERIAL_CONFLICT, n),
                    p.value(Metric.CONFLICT_SHARE, n), p.value(Metric.NET_COOPERATION, n), p.sums().allEvents());
        }
        return t;
    }
}
