package org.dyadlab.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.EventCode;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the analysis over a synthetic store of N events (2013–2025, 25 countries, 1 event in 50 between
 * Pakistan and the United States, CAMEO codes drawn uniformly): the monthly Pakistan–US series normalised per
 * 1,000 events involving either actor, and the comparison of the US administrations with 1,000 bootstrap
 * replicates. The store is built once with DuckDB SQL and reused.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = "Benchmark the monthly dyad series and the period comparison over a synthetic store.",
        footer = {"", "Example:", "  ./dyadlab bench analysis --events 10000000 --runs 5"})
final class AnalysisBench implements Callable<Integer> {
    private static final String[] COUNTRIES = {"USA", "PAK", "IND", "CHN", "AFG", "GBR", "RUS", "IRN", "SAU", "FRA",
        "DEU", "JPN", "TUR", "ISR", "EGY", "NGA", "BRA", "AUS", "CAN", "MEX", "KOR", "IDN", "BGD", "ARE", "QAT"};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-n", "--events"}, defaultValue = "10000000", description = "Events in the store (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each task after one warm-up (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--dir", defaultValue = "bench/target/bench-analysis", description = "Working folder (default ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path ws = dir.resolve("store-" + events);
        Workspace workspace = new Workspace(ws);
        if (!workspace.exists()) {
            long t = System.nanoTime();
            build(workspace, events, false);
            out.printf("built a synthetic store of %,d events in %.1f s%n", events, (System.nanoTime() - t) / 1e9);
        }
        CameoOntology ontology = CameoOntology.standard();
        DyadAnalysis.Scope scope = new DyadAnalysis.Scope(new Dyad("PAK", "USA"), false, null, null, Set.of());
        var periods = PeriodSets.builtIn("us-administrations");
        try (EventStore store = EventStore.open(workspace, ontology)) {
            out.printf("store: %,d events, %.0f MB; %d cores; Java %s%n", store.countEvents(),
                    Files.size(workspace.databaseFile()) / 1e6, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            DyadAnalysis analysis = new DyadAnalysis(store);
            double[] series = time(() -> {
                DyadSeries s = analysis.series(scope, Interval.MONTH);
                s.values(Metric.EVENTS, Normalization.ACTORS);
            });
            out.printf("monthly PAK-USA series (all metrics, per 1,000 actor events): median %.3f s, min %.3f s "
                    + "over %d runs (goal < 1 s)%n", Measure.median(series), min(series), runs);
            List<Metric> defaults = List.of(Metric.EVENTS, Metric.GOLDSTEIN_MEAN, Metric.CONFLICT_SHARE,
                    Metric.NET_COOPERATION);
            double[] compare = time(() -> analysis.compare(scope, periods, Interval.MONTH, defaults, Normalization.NONE,
                    BootstrapOptions.DEFAULT));
            out.printf("compare 4 administrations, 4 metrics, 1,000 replicates: median %.3f s, min %.3f s (goal < 3 s)%n",
                    Measure.median(compare), min(compare));
            double[] compareAll = time(() -> analysis.compare(scope, periods, Interval.MONTH, List.of(Metric.values()),
                    Normalization.ACTORS, BootstrapOptions.DEFAULT));
            out.printf("compare 4 administrations, all %d metrics, 1,000 replicates: median %.3f s, min %.3f s%n",
                    Metric.values().length, Measure.median(compareAll), min(compareAll));
        }
        return 0;
    }

    private double[] time(Runnable task) {
        task.run();
        double[] s = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            s[i] = (System.nanoTime() - t) / 1e9;
        }
        return s;
    }


    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    /**
     * Creates the schema through the store, then fills events with one INSERT … SELECT over range(N), in the order of
     * N (dates at random) or, with {@code dateOrder}, in date order as imports of daily files lay events down. Shared
     * with {@link WebBench}, which times the dashboard over both layouts.
     */
    static void build(Workspace workspace, long events, boolean dateOrder) throws Exception {
        EventStore.open(workspace, CameoOntology.standard()).close();
        List<EventCode> codes = CameoOntology.standard().eventCodes().stream().filter(c -> c.level() > 1).toList();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + workspace.databaseFile());
             Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE codes (idx INTEGER, code VARCHAR, root VARCHAR, quad TINYINT, goldstein DOUBLE)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO codes VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < codes.size(); i++) {
                    EventCode e = codes.get(i);
                    p.setInt(1, i);
                    p.setString(2, e.code());
                    p.setString(3, e.root());
                    p.setInt(4, e.quadClass().number());
                    p.setDouble(5, e.goldstein());
                    p.addBatch();
                }
                p.executeBatch();
            }
            String countries = "['" + String.join("','", COUNTRIES) + "']";
            s.execute("CREATE TEMP TABLE raw AS SELECT i, "
                    + "DATE '2013-01-01' + CAST(hash(i, 1) % 4748 AS INTEGER) AS d, "
                    + "CASE WHEN hash(i, 2) % 50 = 0 THEN (CASE WHEN hash(i, 3) % 2 = 0 THEN 'PAK' ELSE 'USA' END) "
                    + "     ELSE list_extract(" + countries + ", CAST(hash(i, 4) % 25 AS INTEGER) + 1) END AS src, "
                    + "CASE WHEN hash(i, 2) % 50 = 0 THEN NULL "
                    + "     ELSE list_extract(" + countries + ", CAST(hash(i, 5) % 25 AS INTEGER) + 1) END AS tgt0, "
                    + "CAST(hash(i, 6) % " + codes.size() + " AS INTEGER) AS ci "
                    + "FROM range(" + events + ") t(i)");
            s.execute("INSERT INTO events (event_id, event_date, date_precision, source_actor, source_country, "
                    + "target_actor, target_country, event_code, event_root, quad_class, goldstein, origin, origin_id) "
                    + "SELECT 'bench:' || i, d, 'day', src, src, t, t, code, root, quad, goldstein, 'bench', CAST(i AS VARCHAR) "
                    + "FROM (SELECT *, coalesce(tgt0, CASE WHEN src = 'PAK' THEN 'USA' ELSE 'PAK' END) AS t FROM raw) r "
                    + "JOIN codes ON codes.idx = r.ci" + (dateOrder ? " ORDER BY d, i" : ""));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
                rs.next();
                if (rs.getLong(1) != events) {
                    throw new IllegalStateException("built " + rs.getLong(1) + " events, expected " + events);
                }
            }
            s.execute("CHECKPOINT");
        }
    }
}
