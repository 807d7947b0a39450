package org.dyadlab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Imports a synthetic GDELT 2.0 file of N rows with dyadlab's importer and, in the same run, loads the same
 * file with DuckDB's own {@code read_csv} into a table: the practical limit for getting that file into
 * DuckDB. Prints rows/s for both (median of --repeat runs), their ratio, and the peak Java heap of the dyadlab
 * import.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Benchmark the GDELT 2.0 import against DuckDB's read_csv of the same file.",
        footer = {"", "Example:", "  JAVA_OPTS=-Xmx1g ./dyadlab bench import --rows 5000000 --dir /tmp/bench"})
final class ImportBench implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-n", "--rows"}, defaultValue = "5000000", description = "Rows in the synthetic file (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--dir", defaultValue = "bench/target/bench-import",
            description = "Working folder; the generated file is kept there and reused (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--json", description = "Also print the figures as JSON.")
    boolean json;

    @Option(names = "--repeat", defaultValue = "1",
            description = "Runs of each measurement; the median is reported (default ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        Path file = dir.resolve("synthetic-" + rows + ".export.CSV");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            Path tmp = dir.resolve(file.getFileName() + ".part");
            new SyntheticGdelt(rows, 2018, LocalDate.of(2013, 1, 1), LocalDate.of(2025, 12, 31), "PAK", "USA", 100)
                    .write(tmp);
            Files.move(tmp, file);
            out.printf("generated %s (%,d rows, %.1f MB) in %.1f s%n", file, rows, Files.size(file) / 1e6,
                    (System.nanoTime() - t) / 1e9);
        }
        out.printf("file: %s (%,d rows, %.1f MB); %d cores, max heap %d MB, Java %s%n", file, rows,
                Files.size(file) / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        double[] limits = new double[repeat];
        double[] oursRuns = new double[repeat];
        long peakHeap = 0;
        ImportSummary s = null;
        for (int run = 0; run < repeat; run++) {
            limits[run] = duckdbReadCsv(file, dir.resolve("limit.duckdb"));
            out.printf("run %d: DuckDB read_csv into a table: %.2f s, %,.0f rows/s%n", run + 1, limits[run],
                    rows / limits[run]);
            Measure.resetPeakHeap();
            Path ws = dir.resolve("workspace");
            deleteStore(ws);
            long t = System.nanoTime();
            try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard())) {
                s = new EventImporter(store).importFile(file, EventFormat.GDELT2,
                        new EventReaders(CameoOntology.standard()).forFormat(EventFormat.GDELT2),
                        ImportOptions.builder(ws.resolve("rejects")).build(), ProgressListener.NONE);
            }
            oursRuns[run] = (System.nanoTime() - t) / 1e9;
            peakHeap = Math.max(peakHeap, Measure.peakHeap());
            out.printf("run %d: dyadlab import (parse, validate, stage, dedupe, commit): %.2f s, %,.0f rows/s "
                    + "(imported %,d, duplicates %,d, rejected %,d)%n", run + 1, oursRuns[run], rows / oursRuns[run],
                    s.imported(), s.duplicates(), s.rejected());
            deleteStore(ws);
        }
        double limitSeconds = Measure.median(limits);
        double ours = Measure.median(oursRuns);
        out.printf("median of %d: DuckDB read_csv %,.0f rows/s; dyadlab import %,.0f rows/s%n", repeat,
                rows / limitSeconds, rows / ours);
        out.printf("ratio dyadlab/limit: %.2f (goal >= 0.5)%n", limitSeconds / ours);
        out.printf("peak Java heap during the dyadlab import: %.0f MB (goal < 1024 MB)%n", peakHeap / 1e6);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rows", rows);
            m.put("file_bytes", Files.size(file));
            m.put("cores", Runtime.getRuntime().availableProcessors());
            m.put("limit_seconds", limitSeconds);
            m.put("limit_rows_per_second", rows / limitSeconds);
            m.put("dyadlab_seconds", ours);
            m.put("dyadlab_rows_per_second", rows / ours);
            m.put("ratio", limitSeconds / ours);
            m.put("peak_heap_bytes", peakHeap);
            m.put("runs", repeat);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        }
        return 0;
    }

    /** Seconds for DuckDB to read the file into a new table of a fresh database file. */
    private static double duckdbReadCsv(Path file, Path db) throws Exception {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            long t = System.nanoTime();
            s.execute("CREATE TABLE gdelt AS SELECT * FROM read_csv('" + file.toAbsolutePath().toString().replace("'", "''")
                    + "', delim = '\\t', header = false, quote = '', escape = '', all_varchar = false, "
                    + "sample_size = 100000)");
            double seconds = (System.nanoTime() - t) / 1e9;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM gdelt")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new IllegalStateException("read_csv read no rows");
                }
            }
            return seconds;
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
        }
    }


    private static void deleteStore(Path ws) throws Exception {
        Files.deleteIfExists(ws.resolve(Workspace.DATABASE_FILE));
        Files.deleteIfExists(ws.resolve(Workspace.DATABASE_FILE + ".wal"));
    }
}
