package org.dyadlab.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.Workspace;
import org.dyadlab.web.WebOptions;
import org.dyadlab.web.WebServer;
import org.dyadlab.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the dashboard's JSON API over HTTP on the synthetic store of {@code bench analysis} (built once, reused): the
 * monthly Pakistan–US series over 2013–2025 and one month's drill-down, each request after the other from one client
 * on loopback, the server in this process on a free port. Prints p50, p95 and max per task; asserts nothing.
 */
@Command(name = "web", mixinStandardHelpOptions = true,
        description = "Benchmark the dashboard's series and drill-down API over a synthetic store.",
        footer = {"", "Example:", "  ./dyadlab bench web --events 10000000 --requests 200"})
final class WebBench implements Callable<Integer> {
    private static final String DYAD = "PAK-USA";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-n", "--events"}, defaultValue = "10000000", description = "Events in the store (default ${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--requests", defaultValue = "200", description = "Timed requests per task (default ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--dir", defaultValue = "bench/target/bench-analysis",
            description = "Working folder, shared with 'bench analysis' (default ${DEFAULT-VALUE}).")
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (requests < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--requests must be at least 1");
        }
        // the store of 'bench analysis' (events in random date order) and the same events in date order, as imports
        // of daily files lay them down: the drill-down reads one month, which date order keeps together
        Workspace random = store(out, dir.resolve("store-" + events), false);
        Workspace byDate = store(out, dir.resolve("store-" + events + "-by-date"), true);
        out.printf("%,d events a store; %d cores; Java %s; %d timed requests per task after 10 warm-up%n", events,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), requests);
        List<LocalDate> months = new ArrayList<>();
        for (LocalDate m = LocalDate.of(2013, 1, 1); m.getYear() <= 2025; m = m.plusMonths(1)) {
            months.add(m);
        }
        Metric[] metrics = Metric.values();
        IntFunction<String> series = i -> "/api/series?dyad=" + DYAD + "&interval=month&from=2013-01-01&to=2025-12-31"
                + "&metric=" + metrics[i % metrics.length].key() + "&normalization=" + (i % 2 == 0 ? "none" : "actors");
        IntFunction<String> page = i -> drillDown(months.get(i % months.size()), 100);
        IntFunction<String> month = i -> drillDown(months.get((i * 7) % months.size()), 1000);
        for (Workspace workspace : List.of(byDate, random)) {
            out.println(workspace == byDate ? "events in date order:" : "events in random date order (bench analysis):");
            try (Workbench workbench = Workbench.open(workspace, null, CameoOntology.standard());
                 WebServer server = WebServer.start(workbench, WebOptions.local(0))) {
                String base = "http://127.0.0.1:" + server.port();
                long t = System.nanoTime();
                int bytes = get(base + series.apply(0)).length();
                out.printf("  first series request after start (scans the store): %.1f ms, %,d bytes%n",
                        (System.nanoTime() - t) / 1e6, bytes);
                report(out, "monthly " + DYAD + " series, 156 months, metrics in turn", time(base, series), 100);
                report(out, "drill-down: a month's events, first page of 100", time(base, page), 200);
                report(out, "drill-down: a month's events, up to 1,000", time(base, month), 200);
            }
        }
        out.println("without the day sums kept (every series request scans the store), events in date order:");
        try (Workbench workbench = Workbench.open(byDate, null, CameoOntology.standard());
             WebServer server = WebServer.start(workbench, new WebOptions(WebOptions.LOOPBACK, 0,
                     WebOptions.DEFAULT_MAX_UPLOAD, false))) {
            report(out, "monthly " + DYAD + " series, 156 months, metrics in turn",
                    time("http://127.0.0.1:" + server.port(), series), 100);
        }
        return 0;
    }

    private static Workspace store(PrintWriter out, Path folder, boolean dateOrder) throws Exception {
        Workspace workspace = new Workspace(folder);
        if (!workspace.exists()) {
            long t = System.nanoTime();
            AnalysisBench.build(workspace, events(folder), dateOrder);
            out.printf("built %s in %.1f s%n", folder.getFileName(), (System.nanoTime() - t) / 1e9);
        }
        return workspace;
    }

    private static long events(Path folder) {
        String name = folder.getFileName().toString();
        return Long.parseLong(name.replaceAll("^store-(\\d+).*$", "$1"));
    }

    private static String drillDown(LocalDate month, int limit) {
        return "/api/events?dyad=" + DYAD + "&from=" + month + "&to=" + month.plusMonths(1).minusDays(1) + "&limit=" + limit;
    }

    private double[] time(String base, IntFunction<String> path) throws Exception {
        for (int i = 0; i < 10; i++) {
            get(base + path.apply(i + 1000));
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            get(base + path.apply(i));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private String get(String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private void report(PrintWriter out, String task, double[] ms, double goal) {
        double[] s = ms.clone();
        Arrays.sort(s);
        out.printf("  %-58s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (goal p95 < %.0f ms)%n", task,
                percentile(s, 0.50), percentile(s, 0.95), s[s.length - 1], goal);
        out.flush();
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
