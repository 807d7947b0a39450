package org.dyadlab.spark.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.spark.SeriesJob;
import org.dyadlab.store.AggregateQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab spark series}: a dyad's series and QuadClass counts over a Parquet event folder. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"A dyad's series over a Parquet event folder: the same day sums and metrics as 'dyadlab series' "
                + "(event counts, Goldstein mean and sums, QuadClass counts and shares, net cooperation), as CSV."},
        footer = {"", "Example:",
            "  dyadlab spark series --events pak-usa-parquet --dyad PAK-USA \\",
            "      --interval month --output monthly.csv"})
final class SparkSeriesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SparkOptions sparkOptions;

    @Option(names = "--events", required = true, paramLabel = "DIR", description = "Parquet event folder.")
    Path events;

    @Option(names = {"-d", "--dyad"}, required = true, paramLabel = "AAA-BBB", description = "e.g. PAK-USA.")
    String dyad;

    @Option(names = "--directed", description = "Only events from the dyad's first actor to its second.")
    boolean directed;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day.")
    LocalDate to;

    @Option(names = "--origin", split = ",", paramLabel = "ORIGIN", description = "Only these datasets.")
    List<String> origins;

    @Option(names = "--interval", defaultValue = "month", paramLabel = "WIDTH",
            description = "day, week, month, quarter or year (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--normalize", defaultValue = "none", paramLabel = "HOW",
            description = "none, actors or dataset (default: ${DEFAULT-VALUE}).")
    String normalize;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "CSV file to write.")
    Path output;

    @Override
    public Integer call() {
        if (!Files.isDirectory(events)) {
            throw new IllegalArgumentException("--events " + events + " is not a folder");
        }
        AggregateQuery q = new AggregateQuery(Dyad.parse(dyad), directed, from, to,
                origins == null ? Set.of() : Set.copyOf(origins));
        Interval width = Interval.ofKey(interval);
        Normalization n = Normalization.ofKey(normalize);
        SparkSession spark = sparkOptions.session("dyadlab series " + dyad);
        DyadSeries s;
        try {
            s = new SeriesJob(spark).series(events, q, width);
        } finally {
            spark.stop();
        }
        SeriesJob.writeCsv(s, n, output);
        long[] quad = s.total().quad();
        spec.commandLine().getOut().printf("%s: %d %ss, %,d dyad events (QuadClass 1-4: %,d, %,d, %,d, %,d) -> %s%n",
                s.dyad(), s.points().size(), width.key(), s.total().events(), quad[0], quad[1], quad[2], quad[3], output);
        return 0;
    }
}
