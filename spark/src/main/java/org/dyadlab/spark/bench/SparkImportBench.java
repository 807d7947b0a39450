package org.dyadlab.spark.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.spark.FormatReaders;
import org.dyadlab.spark.ImportJob;
import org.dyadlab.spark.InputFile;
import org.dyadlab.spark.LocalFolders;
import org.dyadlab.spark.LocalSpark;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;

/**
 * The Spark import against the embedded import of the same synthetic GDELT 2.0 input (N rows in F files, as GDELT
 * publishes many files): rows/s of the embedded import (one JVM, DuckDB) and of the Spark job at each local core
 * count, the speed-up and scaling efficiency between them. Prints, asserts nothing.
 */
public final class SparkImportBench {
    private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

    private final Path dir;
    private final PrintWriter out;

    public SparkImportBench(Path dir, PrintWriter out) {
        this.dir = dir;
        this.out = out;
    }

    /**
     * One measured run.
     *
     * @param peakHeap bytes of heap at the peak (see {@link Footprint})
     * @param peakDisk bytes under the run's output, store and scratch folders at the peak (sampled each second)
     */
    public record Run(String what, int cores, double seconds, long rows, long imported, long peakHeap,
                      long peakDisk) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /** Writes (once) the input: {@code files} files of rows/files rows each, consecutive slices of 2013-2025. */
    public List<Path> input(long rows, int files) throws IOException {
        Path in = dir.resolve("input-" + rows + "-" + files);
        Path done = in.resolve(".complete");
        List<Path> paths = new ArrayList<>();
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        for (int k = 0; k < files; k++) {
            paths.add(in.resolve(String.format("synthetic-%03d.export.CSV", k)));
        }
        if (Files.exists(done)) {
            return paths;
        }
        Files.createDirectories(in);
        long t = System.nanoTime();
        for (int k = 0; k < files; k++) {
            LocalDate from = LocalDate.ofEpochDay(FIRST.toEpochDay() + days * k / files);
            LocalDate to = LocalDate.ofEpochDay(FIRST.toEpochDay() + days * (k + 1) / files - 1);
            Path part = in.resolve(paths.get(k).getFileName() + ".part");
            new SyntheticGdelt(rows / files, 2018 + k, from, to, "PAK", "USA", 100).write(part);
            Files.move(part, paths.get(k), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createFile(done);
        out.printf("generated %d files, %,d rows, %.1f GB in %.0f s%n", files, rows, size(paths) / 1e9,
                (System.nanoTime() - t) / 1e9);
        return paths;
    }

    /** The embedded import of the files, in order, into a fresh workspace. */
    public Run embedded(List<Path> files) {
        Path ws = dir.resolve("embedded-workspace");
        LocalFolders.deleteTree(ws);
        long read = 0;
        long imported = 0;
        CameoOntology ontology = CameoOntology.standard();
        Footprint footprint = Footprint.start(List.of(ws));
        long t = System.nanoTime();
        try (footprint; EventStore store = EventStore.open(new Workspace(ws), ontology)) {
            EventImporter importer = new EventImporter(store);
            for (Path f : files) {
                ImportSummary s = importer.importFile(f, EventFormat.GDELT2, new EventReaders(ontology)
                        .forFormat(EventFormat.GDELT2), ImportOptions.builder(ws.resolve("rejects")).build(),
                        ProgressListener.NONE);
                read += s.read();
                imported += s.imported();
            }
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        Run r = new Run("embedded import (DuckDB)", 1, seconds, read, imported, footprint.peakHeap(),
                footprint.peakDisk());
        LocalFolders.deleteTree(ws);
        return r;
    }

    /** The Spark import in local[cores], from session start to the last Parquet file written. */
    public Run spark(List<Path> files, int cores) {
        Path output = dir.resolve("parquet-local" + cores);
        List<InputFile> inputs = new ArrayList<>();
        for (Path f : files) {
            inputs.add(new InputFile(inputs.size(), f.toAbsolutePath().toString(), "gdelt2"));
        }
        Path scratch = dir.resolve("scratch-local" + cores);
        LocalFolders.deleteTree(scratch);
        Footprint footprint = Footprint.start(List.of(output, output.resolveSibling(output.getFileName() + ".rejects"),
                scratch));
        long t = System.nanoTime();
        SparkSession spark = LocalSpark.start("dyadlab-bench-local" + cores, cores, scratch);
        ImportJob.Result r;
        try (footprint) {
            spark.sparkContext().setLogLevel("WARN");
            r = new ImportJob(spark, new FormatReaders()).run(inputs, output);
        } finally {
            spark.stop();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        Run run = new Run("Spark import local[" + cores + "]", cores, seconds, r.read(), r.imported(),
                footprint.peakHeap(), footprint.peakDisk());
        LocalFolders.deleteTree(output);
        LocalFolders.deleteTree(scratch);
        return run;
    }

    static long size(List<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }
}
