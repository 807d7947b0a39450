package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of Parquet event files laid out as the Spark import writes them (year=/month=) is read by the analysis
 * commands with --parquet and imported with --format dyadlab, giving what the workspace store gives.
 */
class ParquetFolderCommandsTest {
    @TempDir
    Path dir;

    private Path ws;
    private Path folder;

    @BeforeEach
    void workspaceAndItsParquetFolder() throws Exception {
        ws = dir.resolve("ws");
        Path gdelt = dir.resolve("sample.export.CSV");
        new SyntheticGdelt(2000, 4, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 28), "PAK", "USA", 5).write(gdelt);
        assertThat(Cli.run("import", "events", "-w", ws.toString(), "--format", "gdelt2", "-q", gdelt.toString()).exit())
                .isZero();
        folder = dir.resolve("parquet");
        for (int month = 1; month <= 2; month++) {
            LocalDate first = LocalDate.of(2017, month, 1);
            Path part = Files.createDirectories(folder.resolve("year=2017/month=" + month)).resolve("part-00000.parquet");
            assertThat(Cli.run("events", "-w", ws.toString(), "--from", first.toString(), "--to",
                    first.plusMonths(1).minusDays(1).toString(), "--format", "parquet", "-o", part.toString()).exit())
                    .isZero();
        }
    }

    @Test
    void seriesOverTheParquetFolderIsTheSeriesOfTheStore() {
        Cli fromStore = Cli.run("series", "-w", ws.toString(), "--dyad", "PAK-USA", "--interval", "week", "--format", "csv");
        Cli fromParquet = Cli.run("series", "--parquet", folder.toString(), "--dyad", "PAK-USA", "--interval", "week",
                "--format", "csv");

        assertThat(fromParquet.exit()).isZero();
        assertThat(fromParquet.out()).contains("2017-02-20");
        assertSameCsv(fromParquet.out(), fromStore.out());
    }

    /** Same cells; numbers equal to 1e-9 relative (sums of Goldstein weights depend on the order of additions). */
    private static void assertSameCsv(String actual, String expected) {
        String[] a = actual.split("\n");
        String[] e = expected.split("\n");
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.length; i++) {
            String[] ac = a[i].split(",", -1);
            String[] ec = e[i].split(",", -1);
            assertThat(ac).as("line " + (i + 1)).hasSameSizeAs(ec);
            for (int j = 0; j < ac.length; j++) {
                if (ec[j].matches("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?") && ac[j].matches("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?")) {
                    double x = Double.parseDouble(ec[j]);
                    assertThat(Double.parseDouble(ac[j])).as("line " + (i + 1) + " column " + (j + 1))
                            .isCloseTo(x, org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(x))));
                } else {
                    assertThat(ac[j]).as("line " + (i + 1) + " column " + (j + 1)).isEqualTo(ec[j]);
                }
            }
        }
    }

    @Test
    void importingTheFolderReadsEveryPartFileAndARerunAddsNothing() {
        Path other = dir.resolve("other");
        Cli first = Cli.run("import", "events", "-w", other.toString(), "--format", "dyadlab", "-q", folder.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("month=1", "month=2", "total: read 2,000, imported 2,000, duplicates 0");

        Cli again = Cli.run("import", "events", "-w", other.toString(), "--format", "dyadlab", "-q", folder.toString());
        assertThat(again.out()).contains("total: read 2,000, imported 0, duplicates 2,000");
    }

    @Test
    void aMissingParquetFolderIsAUsageError() {
        Cli r = Cli.run("series", "--parquet", dir.resolve("nope").toString(), "--dyad", "PAK-USA");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--parquet", "is not a folder");
    }
}
