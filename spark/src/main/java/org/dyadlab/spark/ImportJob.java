package org.dyadlab.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.util.LongAccumulator;

/**
 * Imports event files into Parquet in dyadlab's event schema (decision 0003), partitioned {@code year=/month=} by
 * event date, with the embedded importer's rules (decision 0005): the events module's readers run on the executors
 * ({@link FileReadTask}), so a record is accepted or rejected for exactly the same reasons; rejects are written as
 * CSV beside the output; duplicates are dropped by the same two rules, first occurrence winning in (file order,
 * line) order:
 * <ul>
 *   <li>by id: an earlier line (of this file or an earlier one) has the same {@code event_id};</li>
 *   <li>by content: among the lines that survive the id rule and have a source URL, an earlier one has the same
 *   date, source and target actor, event code and URL.</li>
 * </ul>
 * The output folder is replaced: a job is a function of its inputs, so re-running it gives the same events.
 */
public final class ImportJob {
    private final SparkSession spark;
    private final ReaderFactory readers;

    public ImportJob(SparkSession spark, ReaderFactory readers) {
        this.spark = spark;
        this.readers = readers;
    }

    /**
     * What a job did.
     *
     * @param files            input files
     * @param read             records read (good and rejected)
     * @param rejected         records rejected (listed in the rejects folder)
     * @param imported         events written
     * @param duplicateIds     events dropped under the id rule
     * @param duplicateContent events dropped under the content rule
     * @param rejectsDir       the folder of rejects CSVs (one per input file that had rejects)
     */
    public record Result(int files, long read, long rejected, long imported, long duplicateIds, long duplicateContent,
                         Path rejectsDir) {
    }

    /** The input files of paths in order, a folder standing for its files in name order. */
    public static List<InputFile> inputs(List<Path> paths, String format) {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                        out.add(new InputFile(out.size(), f.toAbsolutePath().toString(), format));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new InputFile(out.size(), p.toAbsolutePath().toString(), format));
            } else {
                throw new IllegalArgumentException(p + ": no such file or folder");
            }
        }
        return out;
    }

    /** Reads, dedupes and writes; the rejects go to {@code <output>.rejects/}. */
    public Result run(List<InputFile> inputs, Path output) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        Path rejectsDir = output.resolveSibling(output.getFileName() + ".rejects");
        LocalFolders.deleteTree(rejectsDir);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        LongAccumulator read = jsc.sc().longAccumulator("records read");
        LongAccumulator rejected = jsc.sc().longAccumulator("records rejected");
        JavaRDD<Row> rows = jsc.parallelize(inputs, inputs.size())
                .mapPartitions(new FileReadTask(readers, rejectsDir.toString(), read, rejected));
        Dataset<Row> staged = spark.createDataFrame(rows, EventRows.STAGED);

        Observation counts = new Observation("import");
        Dataset<Row> ranked = ranked(staged).observe(counts, count(lit(1)).as("events"),
                sum(when(col("id_rank").gt(1), 1).otherwise(0)).as("dup_ids"),
                sum(when(col("id_rank").equalTo(1).and(col("content_rank").gt(1)), 1).otherwise(0)).as("dup_content"));
        EventParquet.write(kept(ranked), output);
        Map<String, Object> m;
        try {
            m = counts.getAsJava();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the import's counts", e);
        }
        long events = ((Number) m.get("events")).longValue();
        long dupIds = ((Number) m.get("dup_ids")).longValue();
        long dupContent = ((Number) m.get("dup_content")).longValue();
        return new Result(inputs.size(), read.value(), rejected.value(), events - dupIds - dupContent, dupIds,
                dupContent, rejectsDir);
    }

    /**
     * Adds id_rank (1 = first line with its id) and content_rank (1 = kept by the content rule, or not subject to it)
     * to staged rows ({@link EventRows#STAGED}'s columns; others are kept).
     */
    public static Dataset<Row> ranked(Dataset<Row> staged) {
        Column order = col(EventRows.FILE_INDEX);
        WindowSpec byId = Window.partitionBy(col("event_id")).orderBy(order, col(EventRows.LINE));
        Dataset<Row> withId = staged.withColumn("id_rank", row_number().over(byId));
        WindowSpec byContent = Window.partitionBy(col("id_rank").equalTo(1), col("event_date"), col("source_actor"),
                col("target_actor"), col("event_code"), col("source_url")).orderBy(order, col(EventRows.LINE));
        return withId.withColumn("content_rank", when(col("source_url").isNull().or(col("id_rank").gt(1)), lit(1))
                .otherwise(row_number().over(byContent)));
    }

    /** The ranked rows that are kept: first by id and by content. */
    public static Dataset<Row> kept(Dataset<Row> ranked) {
        return ranked.filter(col("id_rank").equalTo(1).and(col("content_rank").equalTo(1)));
    }
}
