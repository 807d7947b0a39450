package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** series, compare, breaks and periods end to end on a synthetic workspace: tidy CSV/JSON, exit codes. */
class AnalysisCommandsTest {
    @TempDir
    Path dir;

    private String ws;

    @BeforeEach
    void workspace() throws Exception {
        Path gdelt = dir.resolve("sample.csv");
        new SyntheticGdelt(20_000, 5, LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31), "PAK", "USA", 10).write(gdelt);
        ws = dir.resolve("ws").toString();
        assertThat(Cli.run("import", "events", "-w", ws, "--format", "gdelt2", "-q", gdelt.toString()).exit()).isZero();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void seriesCsvHasOneRowPerMonthAndSaysItsNormalisation() throws Exception {
        Cli r = Cli.run("series", "-w", ws, "--dyad", "PAK-USA", "--format", "csv", "--normalize", "actors");
        assertThat(r.exit()).as(r.err()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows).hasSize(60);
        assertThat(rows.get(0).get("interval_start")).isEqualTo("2015-01-01");
        assertThat(rows.get(59).get("interval_end")).isEqualTo("2019-12-31");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("normalization")).isEqualTo("actors"));
        double events = Double.parseDouble(rows.get(0).get("events"));
        double actorEvents = Double.parseDouble(rows.get(0).get("actor_events"));
        assertThat(events).isBetween(0.0, 1000.0);
        assertThat(actorEvents).isPositive();
    }

    @Test
    void compareJsonHasEstimatesAndDifferencesForEveryMetricAndPeriod() throws Exception {
        Cli r = Cli.run("compare", "-w", ws, "--dyad", "PAK-USA", "--format", "json", "--replicates", "200");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        long estimates = 0;
        long differences = 0;
        for (JsonNode row : rows) {
            if (row.get("kind").asText().equals("estimate")) {
                estimates++;
                if (row.get("period").asText().equals("Obama II") || row.get("period").asText().equals("Trump I")) {
                    assertThat(row.get("units").asInt()).isPositive();
                    assertThat(row.get("ci_low").asDouble()).isLessThanOrEqualTo(row.get("ci_high").asDouble());
                }
            } else {
                differences++;
            }
        }
        assertThat(estimates).isEqualTo(4 * 4);
        assertThat(differences).isEqualTo(4 * 6);
    }

    @Test
    void compareWithTheSameSeedGivesTheSameIntervals() {
        String[] args = {"compare", "-w", ws, "--dyad", "PAK-USA", "--format", "csv", "--replicates", "200", "--seed", "7"};
        assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
    }

    @Test
    void breaksRunsAndReportsSegmentsCoveringTheSeries() throws Exception {
        Cli r = Cli.run("breaks", "-w", ws, "--dyad", "PAK-USA", "--metric", "events", "--format", "csv",
                "--replicates", "50");
        assertThat(r.exit()).as(r.err()).isZero();
        List<CSVRecord> segments = csv(r.out()).stream().filter(x -> x.get("kind").equals("segment")).toList();
        assertThat(segments).isNotEmpty();
        assertThat(segments.get(0).get("start")).isEqualTo("2015-01-01");
        assertThat(segments.stream().mapToInt(x -> Integer.parseInt(x.get("intervals"))).sum()).isEqualTo(60);
    }

    @Test
    void userPeriodsFromYamlAreUsedAndBadOnesNamed() throws Exception {
        Path good = dir.resolve("phases.yaml");
        Files.writeString(good, "name: phases\nperiods:\n  - name: Early\n    start: 2015-01-01\n"
                + "  - name: Late\n    start: 2017-07-01\n    end: 2019-12-31\n", StandardCharsets.UTF_8);
        Cli p = Cli.run("periods", good.toString(), "--format", "csv");
        assertThat(p.out()).contains("phases,Early,2015-01-01,2017-06-30").contains("phases,Late,2017-07-01,2019-12-31");
        Cli c = Cli.run("compare", "-w", ws, "--dyad", "PAK-USA", "--periods", good.toString(), "--format", "csv",
                "--metrics", "goldstein_mean", "--replicates", "100");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("estimate,PAK-USA,both,goldstein_mean,Early").contains("difference,PAK-USA,both,"
                + "goldstein_mean,Early");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nperiods:\n  - name: A\n    start: 2015-13-01\n", StandardCharsets.UTF_8);
        Cli b = Cli.run("compare", "-w", ws, "--dyad", "PAK-USA", "--periods", bad.toString());
        assertThat(b.exit()).isEqualTo(1);
        assertThat(b.err()).contains("bad.yaml").contains("period 1").contains("'2015-13-01'");
    }

    @Test
    void badAnalysisArgumentsAreUsageErrors() {
        assertThat(Cli.run("series", "-w", ws, "--dyad", "PAK-USA", "--interval", "fortnight").exit()).isEqualTo(2);
        assertThat(Cli.run("series", "-w", ws, "--dyad", "PAK-USA", "--normalize", "population").exit()).isEqualTo(2);
        assertThat(Cli.run("compare", "-w", ws, "--dyad", "PAK-USA", "--metrics", "happiness").err())
                .contains("unknown metric 'happiness'");
        assertThat(Cli.run("compare", "-w", ws, "--dyad", "PAK-USA", "--periods", "dynasties").exit()).isEqualTo(2);
        assertThat(Cli.run("compare", "-w", ws, "--dyad", "PAK-USA", "--replicates", "5").exit()).isEqualTo(2);
        assertThat(Cli.run("breaks", "-w", ws, "--dyad", "PAK-USA", "--penalty", "strong").exit()).isEqualTo(2);
    }
}
