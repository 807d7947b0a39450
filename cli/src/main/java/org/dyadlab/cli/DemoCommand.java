package org.dyadlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.IndicatorAnalysis;
import org.dyadlab.analysis.indicators.IndicatorSource;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.QuadClass;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.store.DyadSummary;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyadlab demo}: the main job. For now: imports the real event samples (GDELT 1.0/2.0, ICEWS18) from
 * ../shared/data, or a synthetic GDELT sample where that folder is absent, and prints the Pakistan–United
 * States dyad summary. Later issues extend it to the full built-in case and its report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the built-in Pakistan-United States case end to end: import the event samples and "
                + "summarise the dyad.",
            "Uses the real samples in ../shared/data when present, otherwise a synthetic GDELT sample it generates "
                    + "(and says so). Safe to re-run: nothing is imported twice."},
        footer = {"", "Examples:", "  dyadlab demo", "  dyadlab demo --workspace /tmp/pak-usa --data /srv/shared/data"})
final class DemoCommand implements Callable<Integer> {
    private static final Dyad DYAD = new Dyad("PAK", "USA");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, defaultValue = "demo-workspace", paramLabel = "DIR",
            description = "Workspace folder for the case (default: ${DEFAULT-VALUE}).")
    Path workspaceDir;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data folder (default: ../shared/data beside the dyadlab installation).")
    Path data;

    @Option(names = "--synthetic", description = "Use the synthetic sample even where the shared data exists.")
    boolean forceSynthetic;

    @Option(names = "--synthetic-rows", defaultValue = "200000",
            description = "Rows of the synthetic sample used when the shared data is absent (default ${DEFAULT-VALUE}).")
    long syntheticRows;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = new Workspace(workspaceDir).create();
        Path shared = forceSynthetic ? null : sharedData();
        List<Input> inputs = new ArrayList<>();
        boolean synthetic = shared == null;
        if (synthetic) {
            Path file = ws.dir().resolve("synthetic-gdelt2.export.csv");
            if (!Files.exists(file)) {
                new SyntheticGdelt(syntheticRows, 42, LocalDate.of(2013, 1, 1), LocalDate.of(2025, 12, 31),
                        "PAK", "USA", 50).write(file);
            }
            out.println("NOTE: " + (forceSynthetic ? "--synthetic given" : "../shared/data was not found")
                    + "; using a SYNTHETIC GDELT 2.0 sample (" + syntheticRows
                    + " rows). Its figures illustrate the pipeline and mean nothing about Pakistan-US relations.");
            inputs.add(new Input(EventFormat.GDELT2, file));
        } else {
            out.println("Using the real samples in " + shared);
            inputs.add(new Input(EventFormat.GDELT1, shared.resolve("gdelt-spark-gdelt/samples/events1.csv")));
            inputs.add(new Input(EventFormat.GDELT2, shared.resolve("gdelt-spark-gdelt/samples/events.csv")));
            inputs.add(new Input(EventFormat.GDELT2, shared.resolve("gdelt-spark-gdelt/samples/eventsT.csv")));
            inputs.add(new Input(EventFormat.ICEWS18, shared.resolve("icews18-renet/valid.txt")));
            inputs.add(new Input(EventFormat.ICEWS18, shared.resolve("icews18-renet/test.txt")));
        }
        CameoOntology ontology = CameoOntology.standard();
        EventReaders readers = new EventReaders(ontology);
        try (EventStore store = EventStore.open(ws, ontology)) {
            EventImporter importer = new EventImporter(store);
            ImportOptions options = ImportOptions.builder(ws.rejectsDir()).build();
            out.println();
            out.println("Importing into " + ws.databaseFile());
            for (Input in : inputs) {
                ImportSummary s;
                try (ProgressDisplay p = new ProgressDisplay(in.file.getFileName().toString(), err, false)) {
                    s = importer.importFile(in.file, in.format, readers.forFormat(in.format), options, p);
                }
                ImportEventsCommand.printText(out, s);
            }
            out.println();
            printSummary(out, store.dyadSummary(EventQuery.of(DYAD, false)), synthetic);
            if (!synthetic) {
                importIndicators(out, store, shared);
            }
        }
        out.println();
        out.println("Next, for example:");
        String w = " --workspace " + workspaceDir;
        out.println("  dyadlab series" + w + " --dyad PAK-USA --interval week --format csv > pak-usa-weekly.csv");
        out.println("  dyadlab compare" + w + " --dyad PAK-USA --periods us-administrations");
        out.println("  dyadlab indicators show" + w + " us_aid_obligations --subject PAK --from 2001 --to 2019");
        out.println("  dyadlab indicators show" + w + " un_vote_agreement --subject PAK-USA --from 2001 --to 2019");
        return 0;
    }

    /** Imports the aid, trade and UN-vote indicators and prints the two headline series of the case. */
    private static void importIndicators(PrintWriter out, EventStore store, Path shared) throws java.io.IOException {
        IndicatorAnalysis indicators = new IndicatorAnalysis(store, CameoOntology.standard());
        out.println();
        out.println("Indicators:");
        var sources = List.of(
                new Object[] {IndicatorSource.US_AID, shared.resolve("us-foreign-aid-country/us_foreign_aid_country.csv")},
                new Object[] {IndicatorSource.IMF_DOTS, shared.resolve("imf-dots-us-bilateral/dots_us.csv")},
                new Object[] {IndicatorSource.UN_VOTES, shared.resolve("unvotes")});
        for (Object[] src : sources) {
            IndicatorsCommand.Import.print(out, (IndicatorSource) src[0], indicators.importSource(
                    (IndicatorSource) src[0], (Path) src[1], List.of(DYAD)));
        }
        out.println();
        out.println("  US aid obligations to Pakistan (current USD; ForeignAssistance.gov) and US-Pakistan UN General "
                + "Assembly voting agreement (share of identical votes; Voeten):");
        var aid = indicators.series("us_aid_obligations", "PAK", LocalDate.of(2012, 10, 1), null);
        var votes = indicators.series("un_vote_agreement", "PAK-USA", LocalDate.of(2013, 1, 1), null);
        var common = indicators.series("un_votes_common", "PAK-USA", LocalDate.of(2013, 1, 1), null);
        for (int year = 2013; year <= 2024; year++) {
            final int y = year;
            String a = aid.stream().filter(o -> o.date().getYear() + 1 == y).findFirst()
                    .map(o -> String.format("%,8.1f M", o.value() / 1e6)).orElse("         -");
            String v = votes.stream().filter(o -> o.date().getYear() == y).findFirst()
                    .map(o -> String.format("%.2f", o.value())).orElse("   -");
            String n = common.stream().filter(o -> o.date().getYear() == y).findFirst()
                    .map(o -> String.format(" (n=%.0f)", o.value())).orElse("");
            out.printf("  FY%d %s    %d UN votes agreement %s%s%n", y, a, y, v, n);
        }
        out.println("  (FY2024 aid is preliminary in the source; the UN voting data end with session 74, whose last "
                + "roll call fell in January 2020.)");
    }

    private Path sharedData() {
        if (data != null) {
            if (!Files.isDirectory(data)) {
                throw new UsageException("--data " + data + " is not a folder");
            }
            return data.toAbsolutePath().normalize();
        }
        String home = System.getProperty("dyadlab.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        Path candidate = base.resolve("../shared/data").normalize();
        return Files.isDirectory(candidate.resolve("gdelt-spark-gdelt")) ? candidate : null;
    }

    static void printSummary(PrintWriter out, DyadSummary s, boolean synthetic) {
        out.println("Pakistan - United States" + (synthetic ? " (SYNTHETIC SAMPLE)" : "") + ": "
                + String.format("%,d", s.total()) + " events");
        out.println();
        out.printf("  %-9s %8s %9s  %9s %9s %9s %9s%n", "direction", "events", "Goldstein", "verb.coop", "mat.coop",
                "verb.conf", "mat.conf");
        for (DyadSummary.Direction d : s.directions()) {
            long[] q = d.quadCounts();
            out.printf("  %-9s %,8d %9s  %,9d %,9d %,9d %,9d%n", d.source() + ">" + d.target(), d.events(),
                    fmt(d.goldsteinMean()), q[0], q[1], q[2], q[3]);
        }
        out.println("  (Goldstein: mean weight, -10 most conflictual .. +10 most cooperative; QuadClass columns: "
                + QuadClass.VERBAL_COOPERATION.label() + " .. " + QuadClass.MATERIAL_CONFLICT.label() + ")");
        out.println();
        out.print("  by dataset:");
        for (Map.Entry<String, Long> e : s.origins().entrySet()) {
            out.printf(" %s %,d;", e.getKey(), e.getValue());
        }
        out.println();
        if (!s.months().isEmpty()) {
            out.println();
            out.printf("  %-8s %7s %9s %8s%n", "month", "events", "Goldstein", "conflict");
            List<DyadSummary.Month> months = s.months();
            int from = Math.max(0, months.size() - 24);
            if (from > 0) {
                out.printf("  (last 24 of %d months)%n", months.size());
            }
            for (DyadSummary.Month m : months.subList(from, months.size())) {
                out.printf("  %-8s %,7d %9s %8s%n", m.month(), m.events(), fmt(m.goldsteinMean()),
                        Double.isNaN(m.conflictShare()) ? "-" : String.format("%.0f%%", m.conflictShare() * 100));
            }
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format("%+.2f", v);
    }

    private record Input(EventFormat format, Path file) {
    }
}
