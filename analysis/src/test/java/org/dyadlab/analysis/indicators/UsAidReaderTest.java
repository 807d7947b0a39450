package org.dyadlab.analysis.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dyadlab.analysis.PlainSql;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UsAidReader} on the real ForeignAssistance.gov file (against SQL over it) and on a hand-made file. */
class UsAidReaderTest {
    private static final CameoOntology CAMEO = CameoOntology.standard();

    private static Map<Integer, Double> fiscalYears(List<IndicatorObservation> obs, String indicator, String subject) {
        return obs.stream().filter(o -> o.indicator().equals(indicator) && o.subject().equals(subject))
                .collect(Collectors.toMap(o -> o.date().getYear() + 1, IndicatorObservation::value, (a, b) -> {
                    throw new AssertionError("two values for one fiscal year");
                }, TreeMap::new));
    }

    @Test
    @SharedDataTest
    void pakistanObligationsFy2001To2019EqualSqlOverTheFile() throws IOException {
        Path file = SharedData.resolve("us-foreign-aid-country/us_foreign_aid_country.csv");
        IndicatorReadResult read = new UsAidReader(CAMEO).read(file);
        Map<Integer, Double> reader = fiscalYears(read.observations(), "us_aid_obligations", "PAK");

        Map<Integer, Double> sql = new TreeMap<>();
        for (Object[] r : PlainSql.rows("SELECT CAST(\"Fiscal Year\" AS INTEGER), CAST(current_amount AS DOUBLE) "
                + "FROM read_csv(" + PlainSql.literal(file) + ", header = true, all_varchar = true) "
                + "WHERE \"Country Code\" = 'PAK' AND \"Transaction Type Name\" = 'Obligations' "
                + "AND \"Fiscal Year\" BETWEEN '2001' AND '2019'")) {
            sql.put((Integer) r[0], (Double) r[1]);
        }
        assertThat(sql).hasSize(19);
        for (int fy = 2001; fy <= 2019; fy++) {
            assertThat(reader.get(fy)).as("FY" + fy).isEqualTo(sql.get(fy));
        }
        // PROVENANCE.md: FY2017 831.2 M, FY2018 423.7 M, FY2019 684.7 M
        assertThat(reader.get(2017)).isCloseTo(831.2e6, within(0.05e6));
        assertThat(reader.get(2018)).isCloseTo(423.7e6, within(0.05e6));
        assertThat(reader.get(2019)).isCloseTo(684.7e6, within(0.05e6));
        // PROVENANCE.md counts 76 Pakistan obligation rows, FY1948–FY2024: one is the 1976 transition quarter
        assertThat(reader).as("Pakistan obligations FY1948–FY2024").hasSize(75).doesNotContainKeys(1949, 1950);
        assertThat(fiscalYears(read.observations(), "us_aid_disbursements", "PAK").keySet()).first().isEqualTo(2001);

        IndicatorObservation fy2018 = read.observations().stream().filter(o -> o.indicator().equals("us_aid_obligations")
                && o.subject().equals("PAK") && o.timeLabel().equals("FY2018")).findFirst().orElseThrow();
        assertThat(fy2018.date()).isEqualTo(LocalDate.of(2017, 10, 1));
        assertThat(fy2018.precision()).isEqualTo(IndicatorObservation.Precision.FISCAL_YEAR);
        assertThat(fy2018.unit()).isEqualTo("USD");
        assertThat(read.rejects()).isEmpty();
        assertThat(read.rowsRead()).isEqualTo(21_942);
        assertThat(read.leftOut()).containsKey("region, world total or unknown country code");
    }

    @Test
    void aHandMadeFileKeepsCountriesAndSaysWhatItLeftOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aid.csv");
        Files.write(file, List.of(
                "\"Country Code\",\"Country Name\",\"Region ID\",\"Region Name\",\"Income Group Acronym\",\"Income Group Name\","
                        + "\"Transaction Type ID\",\"Transaction Type Name\",\"Fiscal Year\",\"current_amount\",\"constant_amount\"",
                "PAK,Pakistan,1,South Asia,LMIC,x,2,Obligations,2018,100,150",
                "PAK,Pakistan,1,South Asia,LMIC,x,2,Obligations,2019,-20,",
                "PAK,Pakistan,1,South Asia,LMIC,x,3,Disbursements,2018,80,120",
                "PAK,Pakistan,1,South Asia,LMIC,x,1,Appropriated and Planned,2018,90,130",
                "PAK,Pakistan,1,South Asia,LMIC,x,4,President's Budget Requests,2018,95,140",
                "PAK,Pakistan,1,South Asia,LMIC,x,2,Obligations,1976tq,5,9",
                "AFR,Africa Region,2,Africa,,,2,Obligations,2018,1000,1500",
                "PAK,Pakistan,1,South Asia,LMIC,x,2,Obligations,2020,lots,1",
                "PAK,Pakistan,1,South Asia,LMIC,x,2,Obligations,2018,101,151"), StandardCharsets.UTF_8);
        IndicatorReadResult read = new UsAidReader(CAMEO).read(file);

        assertThat(read.rowsRead()).isEqualTo(9);
        // negative amounts (de-obligations) are kept; the second 2018 row is refused, the first kept
        assertThat(fiscalYears(read.observations(), "us_aid_obligations", "PAK")).containsExactly(
                Map.entry(2018, 100.0), Map.entry(2019, -20.0));
        // an empty constant amount is no value; an unreadable current amount does not lose the constant one
        assertThat(fiscalYears(read.observations(), "us_aid_obligations_constant", "PAK")).containsExactly(
                Map.entry(2018, 150.0), Map.entry(2020, 1.0));
        assertThat(fiscalYears(read.observations(), "us_aid_disbursements", "PAK")).containsExactly(Map.entry(2018, 80.0));
        assertThat(fiscalYears(read.observations(), "us_aid_appropriated_planned", "PAK"))
                .containsExactly(Map.entry(2018, 90.0));
        assertThat(fiscalYears(read.observations(), "us_aid_budget_request", "PAK")).containsExactly(Map.entry(2018, 95.0));
        assertThat(read.observations()).filteredOn(o -> o.indicator().endsWith("_constant"))
                .allSatisfy(o -> assertThat(o.unit()).isEqualTo("USD (constant)"));

        assertThat(read.leftOut()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "region, world total or unknown country code", 1L,
                "fiscal year not a plain year (e.g. the 1976 transition quarter)", 1L));
        assertThat(read.rejects()).extracting(IndicatorReadResult.Rejected::line, IndicatorReadResult.Rejected::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9L, "current_amount"),
                        org.assertj.core.groups.Tuple.tuple(10L, "(record)"),
                        org.assertj.core.groups.Tuple.tuple(10L, "(record)"));
        assertThat(read.rejects().get(0).message(file.toString())).startsWith(file + ":9: current_amount: ")
                .contains("'lots'");
    }

    @Test
    void aFileWithoutTheSummaryColumnsIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "Country Code,Fiscal Year,amount\nPAK,2018,1\n");
        assertThatThrownBy(() -> new UsAidReader(CAMEO).read(file)).isInstanceOf(IndicatorFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("Transaction Type Name");
    }
}
