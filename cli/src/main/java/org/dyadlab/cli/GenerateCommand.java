package org.dyadlab.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.event.Dyad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab generate gdelt2}: writes a synthetic GDELT 2.0 export for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic data. 'gdelt2' writes a GDELT 2.0 export-format file of N rows (plausible, "
                + "not real: for benchmarks and demos, never for findings).",
        subcommands = {GenerateCommand.Gdelt2.class},
        footer = {"", "Example:", "  dyadlab generate gdelt2 --rows 5000000 --output synthetic.export.CSV"})
final class GenerateCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "gdelt2", mixinStandardHelpOptions = true,
            description = "Write a synthetic GDELT 2.0 export file (61 tab-separated columns, no header).",
            footer = {"", "Example:", "  dyadlab generate gdelt2 --rows 1000000 --seed 7 --output /tmp/gdelt.csv"})
    static final class Gdelt2 implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = {"-n", "--rows"}, required = true, paramLabel = "N", description = "Number of rows.")
        long rows;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--from", defaultValue = "2013-01-01", description = "First date (default ${DEFAULT-VALUE}).")
        LocalDate from;

        @Option(names = "--to", defaultValue = "2025-12-31", description = "Last date (default ${DEFAULT-VALUE}).")
        LocalDate to;

        @Option(names = "--dyad", defaultValue = "PAK-USA", converter = Converters.DyadConverter.class,
                description = "Dyad over-represented in the sample (default ${DEFAULT-VALUE}).")
        Dyad dyad;

        @Option(names = "--dyad-share", defaultValue = "100",
                description = "One row in this many belongs to the dyad (default ${DEFAULT-VALUE}).")
        int dyadShare;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
        Path output;

        @Override
        public Integer call() throws Exception {
            Dyad d = dyad;
            long t = System.nanoTime();
            new SyntheticGdelt(rows, seed, from, to, d.first(), d.second(), dyadShare).write(output);
            spec.commandLine().getErr().printf("wrote %,d synthetic GDELT 2.0 rows to %s in %.1f s%n", rows, output,
                    (System.nanoTime() - t) / 1e9);
            return 0;
        }
    }
}
