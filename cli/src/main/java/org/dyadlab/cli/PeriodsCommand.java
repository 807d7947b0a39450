package org.dyadlab.cli;

import java.util.concurrent.Callable;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab periods}: shows a period set. */
@Command(name = "periods", mixinStandardHelpOptions = true,
        description = {"Show a period set: a built-in one (us-administrations) or a YAML file, checked.",
            "YAML: name, description, periods: [{name, start: YYYY-MM-DD, end: last day (optional)}]; a period without "
                    + "an end lasts until the next one starts, the last one is open-ended."},
        footer = {"", "Examples:", "  dyadlab periods", "  dyadlab periods my-phases.yaml --format csv"})
final class PeriodsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", defaultValue = "us-administrations", paramLabel = "SET",
            description = "Built-in name or YAML file (default: ${DEFAULT-VALUE}).")
    String set;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Rows.Format format;

    @Override
    public Integer call() {
        PeriodSet s = CompareCommand.resolvePeriods(set);
        if (format == Rows.Format.table) {
            spec.commandLine().getOut().printf("%s: %s (built-in sets: %s)%n", s.name(), s.description(), PeriodSets.builtIn());
        }
        Rows rows = new Rows("set", "period", "start", "last_day");
        for (Period p : s.periods()) {
            rows.add(s.name(), p.name(), p.start().toString(), p.lastDay() == null ? null : p.lastDay().toString());
        }
        rows.print(spec.commandLine().getOut(), format);
        return 0;
    }
}
