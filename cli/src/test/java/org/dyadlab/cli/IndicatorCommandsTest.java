package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indicator commands on the real aid and UN-vote files: one command each gives the case's series. */
@SharedDataTest
class IndicatorCommandsTest {
    @TempDir
    Path dir;

    @Test
    void usAidToPakistanByFiscalYearAndUsPakistanVotingAgreement() throws Exception {
        String ws = dir.toString();
        Cli aid = Cli.run("indicators", "import", "-w", ws, "--source", "us-aid",
                SharedData.resolve("us-foreign-aid-country/us_foreign_aid_country.csv").toString());
        assertThat(aid.exit()).as(aid.err()).isZero();
        assertThat(aid.out()).contains("21,942 rows read").contains("left out");
        Cli again = Cli.run("indicators", "import", "-w", ws, "--source", "us-aid",
                SharedData.resolve("us-foreign-aid-country/us_foreign_aid_country.csv").toString());
        assertThat(again.out()).contains("added 0, changed 0");

        Cli show = Cli.run("indicators", "show", "-w", ws, "us_aid_obligations", "--subject", "PAK", "--from", "2001",
                "--to", "2019", "--format", "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(show.out())).getRecords();
        assertThat(rows).hasSize(19);
        assertThat(rows.get(0).get("time")).isEqualTo("FY2001");
        assertThat(rows.get(18).get("time")).isEqualTo("FY2019");
        // PROVENANCE.md of the aid file: FY2017 831.2 M, FY2018 423.7 M (current USD obligations)
        assertThat(Double.parseDouble(rows.get(16).get("value")) / 1e6).isCloseTo(831.2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Double.parseDouble(rows.get(17).get("value")) / 1e6).isCloseTo(423.7, org.assertj.core.data.Offset.offset(0.1));

        Cli votes = Cli.run("indicators", "import", "-w", ws, "--source", "unvotes",
                SharedData.resolve("unvotes").toString());
        assertThat(votes.exit()).as(votes.err()).isZero();
        Cli agreement = Cli.run("indicators", "show", "-w", ws, "un_vote_agreement", "--subject", "PAK-USA", "--from",
                "2001-01-01", "--to", "2019-12-31", "--format", "json");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(agreement.out());
        assertThat(json).hasSize(19);
        for (var row : json) {
            assertThat(row.get("value").asDouble()).isBetween(0.0, 1.0);
            assertThat(row.get("unit").asText()).isEqualTo("share");
        }
        Cli compare = Cli.run("indicators", "compare", "-w", ws, "us_aid_obligations", "--subject", "PAK",
                "--format", "csv", "--replicates", "200");
        assertThat(compare.exit()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("estimate,PAK,,us_aid_obligations,Obama II");
        assertThat(Cli.run("indicators", "show", "-w", ws, "us_aid_obligations", "--subject", "XXX").exit()).isEqualTo(2);
    }
}
