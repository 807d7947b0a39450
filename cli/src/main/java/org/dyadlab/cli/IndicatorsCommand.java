package org.dyadlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.IndicatorAnalysis;
import org.dyadlab.analysis.compare.Comparison;
import org.dyadlab.analysis.indicators.IndicatorReadResult;
import org.dyadlab.analysis.indicators.IndicatorSource;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.IndicatorStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab indicators ...}: aid, trade and UN-vote series. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Indicator series (US aid, US trade, UN voting agreement): import the public files, show a "
                + "series, compare periods.",
        subcommands = {IndicatorsCommand.Import.class, IndicatorsCommand.Show.class, IndicatorsCommand.Compare.class,
            IndicatorsCommand.ListSeries.class},
        footer = {"", "Examples:",
            "  dyadlab indicators import --source us-aid ../shared/data/us-foreign-aid-country/us_foreign_aid_country.csv",
            "  dyadlab indicators show us_aid_obligations --subject PAK --from 2001 --to 2019"})
final class IndicatorsCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Keeps the values within the bounds: a year (2001: FY2001 or calendar 2001) or a YYYY-MM-DD start date. */
    static List<IndicatorObservation> within(List<IndicatorObservation> s, String from, String to) {
        return s.stream().filter(o -> after(o, from) && before(o, to)).toList();
    }

    private static boolean after(IndicatorObservation o, String bound) {
        if (bound == null) {
            return true;
        }
        return isYear(bound) ? o.year() >= Integer.parseInt(bound) : !o.date().isBefore(date(bound));
    }

    private static boolean before(IndicatorObservation o, String bound) {
        if (bound == null) {
            return true;
        }
        return isYear(bound) ? o.year() <= Integer.parseInt(bound) : !o.date().isAfter(date(bound));
    }

    private static boolean isYear(String s) {
        return s.matches("\\d{4}");
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (RuntimeException e) {
            throw new UsageException("not a year or YYYY-MM-DD date: '" + s + "'");
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import an indicator file into the workspace (values already there are kept or, when the "
                    + "file differs, replaced: re-importing changes nothing).",
                "us-aid: the ForeignAssistance.gov country summary CSV (all transaction types; default series "
                        + "us_aid_obligations). imf-dots: the IMF DOTS US-trade CSV (us_goods_exports, us_goods_imports "
                        + "for USA-<partner>). unvotes: the folder with un_votes.csv and un_roll_calls.csv (yearly "
                        + "un_vote_agreement, un_vote_kappa and un_votes_common for each --dyad)."},
            footer = {"", "Examples:",
                "  dyadlab indicators import --source us-aid ../shared/data/us-foreign-aid-country/us_foreign_aid_country.csv",
                "  dyadlab indicators import --source unvotes --dyad PAK-USA --dyad IND-USA ../shared/data/unvotes"})
    static final class Import implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--source", required = true, description = "us-aid, imf-dots or unvotes.")
        String source;

        @Option(names = "--dyad", converter = Converters.DyadConverter.class, paramLabel = "AAA-BBB",
                description = "unvotes: the dyads to compute (default: PAK-USA).")
        List<Dyad> dyads;

        @Parameters(paramLabel = "PATH", description = "The file, or for unvotes the folder.")
        Path path;

        @Override
        public Integer call() throws Exception {
            IndicatorSource s;
            try {
                s = IndicatorSource.ofKey(source);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (!path.toFile().exists()) {
                throw new UsageException("no such file or folder: " + path);
            }
            List<Dyad> ds = dyads == null ? List.of(new Dyad("PAK", "USA")) : dyads;
            IndicatorAnalysis.ImportResult r;
            try (EventStore store = workspace.open()) {
                r = new IndicatorAnalysis(store, CameoOntology.standard()).importSource(s, path, ds);
            }
            print(spec.commandLine().getOut(), s, r);
            return 0;
        }

        static void print(PrintWriter out, IndicatorSource s, IndicatorAnalysis.ImportResult r) {
            IndicatorReadResult read = r.read();
            IndicatorStore.SaveResult saved = r.saved();
            out.printf("%s (%s): %,d rows read, %,d values; added %,d, changed %,d, unchanged %,d; rejected %,d%n",
                    read.file(), s.key(), read.rowsRead(), read.observations().size(), saved.added(), saved.changed(),
                    saved.unchanged(), read.rejects().size());
            for (Map.Entry<String, Long> e : read.leftOut().entrySet()) {
                out.printf("  left out: %,d rows: %s%n", e.getValue(), e.getKey());
            }
            read.rejects().stream().limit(5).forEach(x -> out.println("  rejected " + x.message(read.file())));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one indicator series for one subject (a country such as PAK, or a dyad such as PAK-USA).",
            footer = {"", "Examples:",
                "  dyadlab indicators show us_aid_obligations --subject PAK --from 2001 --to 2019",
                "  dyadlab indicators show un_vote_agreement --subject PAK-USA --from 2001 --to 2019 --format csv"})
    static final class Show implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Parameters(paramLabel = "INDICATOR", description = "e.g. us_aid_obligations, un_vote_agreement, us_goods_exports.")
        String indicator;

        @Option(names = "--subject", required = true, description = "Country (PAK) or dyad (PAK-USA, USA-PAK for trade).")
        String subject;

        @Option(names = "--from", description = "First year (2001: FY2001 for fiscal-year series) or YYYY-MM-DD.")
        String from;

        @Option(names = "--to", description = "Last year or date.")
        String to;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Rows.Format format;

        @Override
        public Integer call() {
            List<IndicatorObservation> s;
            try (EventStore store = workspace.openExisting()) {
                s = within(new IndicatorAnalysis(store, CameoOntology.standard()).series(indicator, subject, null, null),
                        from, to);
            }
            if (s.isEmpty()) {
                throw new UsageException("no values of " + indicator + " for " + subject
                        + " (see 'dyadlab indicators list'; import with 'dyadlab indicators import')");
            }
            Rows rows = new Rows("indicator", "subject", "time", "start", "end", "precision", "value", "unit", "source");
            for (IndicatorObservation o : s) {
                rows.add(o.indicator(), o.subject(), o.timeLabel(), o.date().toString(), o.end().minusDays(1).toString(),
                        o.precision().key(), o.value(), o.unit(), o.source());
            }
            if (format == Rows.Format.table) {
                Rows t = new Rows("time", "value", "unit");
                s.forEach(o -> t.add(o.timeLabel(), o.value(), o.unit()));
                spec.commandLine().getOut().printf("%s for %s (%s)%n", indicator, subject, s.get(0).source());
                t.print(spec.commandLine().getOut(), format);
            } else {
                rows.print(spec.commandLine().getOut(), format);
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Compare an indicator's mean across periods, with bootstrap intervals, differences and "
                    + "Hedges' g; each value belongs to the period containing the middle of the time it covers.",
            footer = {"", "Example:",
                "  dyadlab indicators compare us_aid_obligations --subject PAK --periods us-administrations"})
    static final class Compare implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Mixin
        BootstrapMixin bootstrap;

        @Parameters(paramLabel = "INDICATOR")
        String indicator;

        @Option(names = "--subject", required = true, description = "Country (PAK) or dyad (PAK-USA).")
        String subject;

        @Option(names = "--periods", defaultValue = "us-administrations",
                description = "Built-in period set or YAML file (default: ${DEFAULT-VALUE}).")
        String periods;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Rows.Format format;

        @Override
        public Integer call() {
            var set = CompareCommand.resolvePeriods(periods);
            Comparison c;
            try (EventStore store = workspace.openExisting()) {
                c = new IndicatorAnalysis(store, CameoOntology.standard()).compare(indicator, subject, set,
                        bootstrap.options());
            }
            if (c.estimates().stream().allMatch(e -> e.units() == 0)) {
                throw new UsageException("no values of " + indicator + " for " + subject + " in any period of " + set.name());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Rows.Format.table) {
                out.printf("%s for %s, periods %s%n%s%n", indicator, subject, set.name(), c.basis());
            }
            CompareCommand.print(out, c, subject, "", "none", "value", format);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the indicator series in the workspace.",
            footer = {"", "Example:", "  dyadlab indicators list"})
    static final class ListSeries implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--subject", description = "Only this subject.")
        String subject;

        @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Rows.Format format;

        @Override
        public Integer call() {
            List<IndicatorStore.Catalogue> cat;
            try (EventStore store = workspace.openExisting()) {
                cat = store.indicators().catalogue();
            }
            Rows rows = new Rows("indicator", "subject", "values", "first", "last", "unit", "source");
            cat.stream().filter(c -> subject == null || c.subject().equals(subject)).forEach(c -> rows.add(c.indicator(),
                    c.subject(), c.values(), c.first().toString(), c.last().toString(), c.unit(), c.source()));
            rows.print(spec.commandLine().getOut(), format);
            return 0;
        }
    }
}
