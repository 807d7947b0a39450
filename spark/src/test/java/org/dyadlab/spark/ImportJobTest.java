package org.dyadlab.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.event.Event;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.dyadlab.testkit.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark import against the embedded import of the same files in the same order: identical events (full rows,
 * in date and id order), identical reject and duplicate counts, rejects listed with file and line.
 */
@SlowTest
class ImportJobTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("dyadlab-import-test", 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private ImportJob.Result spark(List<InputFile> inputs, Path out) {
        return new ImportJob(spark, new FormatReaders()).run(inputs, out);
    }

    private static void assertSameCounts(ImportJob.Result r, List<ImportSummary> embedded) {
        assertThat(r.read()).isEqualTo(embedded.stream().mapToLong(ImportSummary::read).sum());
        assertThat(r.rejected()).isEqualTo(embedded.stream().mapToLong(ImportSummary::rejected).sum());
        assertThat(r.imported()).isEqualTo(embedded.stream().mapToLong(ImportSummary::imported).sum());
        assertThat(r.duplicateIds()).isEqualTo(embedded.stream().mapToLong(ImportSummary::duplicateIds).sum());
        assertThat(r.duplicateContent()).isEqualTo(embedded.stream().mapToLong(ImportSummary::duplicateContent).sum());
    }

    /** Synthetic GDELT 2.0 rows with duplicates by id and by content, within and across files, and bad rows. */
    private List<InputFile> syntheticWithDuplicates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticGdelt(6000, 11, LocalDate.of(2017, 11, 1), LocalDate.of(2018, 2, 28), "PAK", "USA", 7).write(out);
        List<String> rows = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        List<String> a = new ArrayList<>(rows.subList(0, 3000));
        List<String> b = new ArrayList<>(rows.subList(3000, 6000));
        a.add(a.get(10));                                      // same id, same file
        b.add(a.get(20));                                      // same id, earlier file
        String[] c = a.get(30).split("\t", -1);
        c[0] = "999999999";                                    // same content and URL, other id
        b.add(String.join("\t", c));
        a.add("1\t20180101\tbad row");                         // wrong column count
        String[] d = a.get(40).split("\t", -1);
        d[26] = "999";                                         // unknown CAMEO code
        b.add(String.join("\t", d));
        Path fa = dir.resolve("a.export.CSV");
        Path fb = dir.resolve("b.export.CSV");
        Files.write(fa, a);
        Files.write(fb, b);
        return List.of(new InputFile(0, fa.toString(), "gdelt2"), new InputFile(1, fb.toString(), "gdelt2"));
    }

    @Test
    void syntheticFilesWithDuplicatesAndRejectsGiveTheEmbeddedImportsEvents() throws Exception {
        List<InputFile> inputs = syntheticWithDuplicates();
        List<ImportSummary> embedded = EmbeddedPath.importAll(dir.resolve("ws"), inputs);

        ImportJob.Result r = spark(inputs, dir.resolve("parquet"));

        assertSameCounts(r, embedded);
        assertThat(r.duplicateIds()).isEqualTo(2);
        assertThat(r.duplicateContent()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        List<Event> expected = EmbeddedPath.workspaceEvents(dir.resolve("ws"));
        assertThat(expected).hasSize(6000);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("parquet"))).isEqualTo(expected);

        try (Stream<Path> files = Files.list(r.rejectsDir())) {
            List<String> rejects = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().skip(1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(rejects).hasSize(2);
            assertThat(rejects).anyMatch(l -> l.contains("a.export.CSV,3001,(record),3 columns, expected 61"));
            assertThat(rejects).anyMatch(l -> l.contains("b.export.CSV,3003,EventCode,unknown CAMEO event code '999'"));
        }
        try (Stream<Path> months = Files.list(dir.resolve("parquet/year=2018"))) {
            assertThat(months.map(p -> p.getFileName().toString())).contains("month=1", "month=2");
        }
    }

    @Test
    void reRunningTheJobGivesTheSameEvents() throws Exception {
        List<InputFile> inputs = syntheticWithDuplicates();
        ImportJob.Result first = spark(inputs, dir.resolve("parquet"));
        List<Event> once = EmbeddedPath.parquetEvents(dir.resolve("parquet"));
        ImportJob.Result second = spark(inputs, dir.resolve("parquet"));

        assertThat(second).isEqualTo(first);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("parquet"))).isEqualTo(once);
    }

    @Test
    @SharedDataTest
    void theRealGdeltAndIcewsSamplesGiveTheEmbeddedImportsEvents() throws Exception {
        Path icews = dir.resolve("icews-sample.tab");
        Files.copy(Path.of(getClass().getResource("/fixtures/icews-sample.tab").toURI()), icews);
        List<InputFile> inputs = List.of(
                new InputFile(0, SharedData.resolve("gdelt-spark-gdelt/samples/events.csv").toString(), "gdelt2"),
                new InputFile(1, SharedData.resolve("gdelt-spark-gdelt/samples/eventsT.csv").toString(), "gdelt2"),
                new InputFile(2, SharedData.resolve("gdelt-spark-gdelt/samples/events1.csv").toString(), "gdelt1"),
                new InputFile(3, SharedData.resolve("icews18-renet/valid.txt").toString(), "icews18"),
                new InputFile(4, icews.toString(), "icews"));
        List<ImportSummary> embedded = EmbeddedPath.importAll(dir.resolve("ws"), inputs);

        ImportJob.Result r = spark(inputs, dir.resolve("parquet"));

        assertSameCounts(r, embedded);
        List<Event> expected = EmbeddedPath.workspaceEvents(dir.resolve("ws"));
        assertThat(expected.size()).isGreaterThan(40_000);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("parquet"))).isEqualTo(expected);
    }
}
