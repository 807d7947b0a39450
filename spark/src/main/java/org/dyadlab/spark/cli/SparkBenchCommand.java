package org.dyadlab.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.spark.bench.SparkImportBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab spark bench}: the Spark import at 1 and 2 local cores against the embedded import. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the Spark import against the embedded import of the same synthetic GDELT 2.0 "
                + "input: rows/s at each core count, speed-up and scaling efficiency, peak heap and disk. Prints, "
                + "asserts nothing.",
            "The input is generated once (about 300 MB per million rows) and reused."},
        footer = {"", "Examples:",
            "  JAVA_OPTS=-Xmx8g ./dyadlab spark bench --rows 20000000 --files 40 --cores 1,2",
            "  ./dyadlab spark bench --rows 1000000 --files 8     (small: about a minute)"})
final class SparkBenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", defaultValue = "20000000", description = "Rows in all (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--files", defaultValue = "40", description = "Input files (default ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--cores", split = ",", defaultValue = "1,2", description = "Local core counts (default ${DEFAULT-VALUE}).")
    List<Integer> cores;

    @Option(names = "--dir", defaultValue = "spark/target/bench", description = "Working folder (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--no-embedded", description = "Skip the embedded import.")
    boolean noEmbedded;

    @Override
    public Integer call() throws Exception {
        if (rows < files || files < 1) {
            throw new IllegalArgumentException("--rows must be at least --files, and --files at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        SparkImportBench bench = new SparkImportBench(dir, out);
        List<Path> input = bench.input(rows, files);
        out.printf("input: %d files, %,d rows; %d cores, max heap %d MB, Java %s%n", files, rows,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        List<SparkImportBench.Run> runs = new ArrayList<>();
        if (!noEmbedded) {
            runs.add(report(out, bench.embedded(input)));
        }
        for (int c : cores) {
            runs.add(report(out, bench.spark(input, c)));
        }
        SparkImportBench.Run embedded = runs.stream().filter(r -> !r.what().startsWith("Spark")).findFirst()
                .orElse(null);
        SparkImportBench.Run one = runs.stream().filter(r -> r.what().startsWith("Spark") && r.cores() == 1).findFirst()
                .orElse(null);
        for (SparkImportBench.Run r : runs) {
            if (!r.what().startsWith("Spark")) {
                continue;
            }
            if (embedded != null) {
                out.printf("local[%d] vs embedded: %.2f× the embedded import's rows/s%n", r.cores(),
                        embedded.seconds() / r.seconds());
            }
            if (one != null && r.cores() > 1) {
                double speedup = one.seconds() / r.seconds();
                out.printf("local[%d] vs local[1]: speed-up %.2f, scaling efficiency %.0f%%%n", r.cores(), speedup,
                        100 * speedup / r.cores());
            }
        }
        return 0;
    }

    private static SparkImportBench.Run report(PrintWriter out, SparkImportBench.Run r) {
        out.printf("%-28s %8.1f s  %,10.0f rows/s  (read %,d, imported %,d)  peak heap %,d MB, peak disk %,d MB%n",
                r.what(), r.seconds(), r.rowsPerSecond(), r.rows(), r.imported(), r.peakHeap() >> 20,
                r.peakDisk() >> 20);
        out.flush();
        return r;
    }
}
