package org.dyadlab.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.compare.Comparison;
import org.dyadlab.analysis.compare.PeriodDifference;
import org.dyadlab.analysis.compare.PeriodEstimate;
import org.dyadlab.analysis.indicators.IndicatorSource;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.IndicatorStore;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IndicatorAnalysis}: importing is idempotent, and fiscal-year values go to the administration that
 * holds the middle day of the year they cover.
 *
 * <p>By hand: FY2017 runs 2016-10-01 … 2017-09-30 (365 days), its middle is 2016-10-01 + 182 days =
 * 2017-04-01, in Trump I, although it starts under Obama. FY2016 (366 days) has its middle on 2016-04-01
 * (Obama II), FY2013 on 2013-04-01 (Obama II, which began 2013-01-20), FY2021 on 2021-04-01 (Biden), FY2025
 * on 2025-04-01 (Trump II), and FY2012 on 2012-04-01, in no period of the set.
 */
class IndicatorAnalysisTest {
    private static final PeriodSet ADMINISTRATIONS = PeriodSets.builtIn("us-administrations");
    private static final String HEADER = "\"Country Code\",\"Country Name\",\"Region ID\",\"Region Name\","
            + "\"Income Group Acronym\",\"Income Group Name\",\"Transaction Type ID\",\"Transaction Type Name\","
            + "\"Fiscal Year\",\"current_amount\",\"constant_amount\"";

    /** Obligations for FY2012–FY2026 whose value is the fiscal year minus 2000. */
    private static Path aidFile(Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int fy = 2012; fy <= 2026; fy++) {
            lines.add("PAK,Pakistan,1,South Asia,LMIC,x,2,Obligations," + fy + "," + (fy - 2000) + ",");
        }
        Path file = dir.resolve("aid.csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static PeriodEstimate estimate(Comparison c, String period) {
        return c.estimates().stream().filter(e -> e.period().name().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void theMiddleOfAFiscalYearDecidesItsAdministration() {
        IndicatorObservation fy2017 = new IndicatorObservation("us_aid_obligations", "PAK", LocalDate.of(2016, 10, 1),
                IndicatorObservation.Precision.FISCAL_YEAR, 1, "USD", "test");
        assertThat(fy2017.midpoint()).isEqualTo(LocalDate.of(2017, 4, 1));
        assertThat(fy2017.end()).isEqualTo(LocalDate.of(2017, 10, 1));
        assertThat(fy2017.timeLabel()).isEqualTo("FY2017");
        assertThat(ADMINISTRATIONS.periodOf(fy2017.midpoint()).orElseThrow().name()).isEqualTo("Trump I");
    }

    @Test
    void importedFiscalYearsAreComparedByAdministration(@TempDir Path dir) throws IOException {
        Path file = aidFile(dir);
        try (EventStore store = HandMadeEvents.open(dir.resolve("ws"))) {
            IndicatorAnalysis analysis = new IndicatorAnalysis(store, HandMadeEvents.CAMEO);
            IndicatorAnalysis.ImportResult first = analysis.importSource(IndicatorSource.US_AID, file, List.of());
            assertThat(first.saved()).isEqualTo(new IndicatorStore.SaveResult(15, 0, 0));
            IndicatorAnalysis.ImportResult again = analysis.importSource(IndicatorSource.US_AID, file, List.of());
            assertThat(again.saved()).isEqualTo(new IndicatorStore.SaveResult(0, 0, 15));

            Comparison c = analysis.compare("us_aid_obligations", "PAK", ADMINISTRATIONS, BootstrapOptions.DEFAULT);
            // Obama II: FY2013–FY2016; Trump I: FY2017–FY2020; Biden: FY2021–FY2024; Trump II: FY2025–FY2026
            assertThat(estimate(c, "Obama II").value()).isCloseTo((13 + 14 + 15 + 16) / 4.0, within(1e-12));
            assertThat(estimate(c, "Obama II").units()).isEqualTo(4);
            assertThat(estimate(c, "Trump I").value()).isCloseTo((17 + 18 + 19 + 20) / 4.0, within(1e-12));
            assertThat(estimate(c, "Biden").value()).isCloseTo((21 + 22 + 23 + 24) / 4.0, within(1e-12));
            assertThat(estimate(c, "Trump II").value()).isCloseTo(25.5, within(1e-12));
            assertThat(estimate(c, "Trump II").units()).isEqualTo(2);
            assertThat(c.estimates()).extracting(PeriodEstimate::events).containsExactly(4L, 4L, 4L, 2L);
            PeriodDifference obamaToTrump = c.differences().get(0);
            assertThat(obamaToTrump.from().name()).isEqualTo("Obama II");
            assertThat(obamaToTrump.to().name()).isEqualTo("Trump I");
            assertThat(obamaToTrump.difference()).isCloseTo(4.0, within(1e-12));
        }
    }

    /** The real series: each administration's mean of Pakistan's obligations, against SQL over the file. */
    @Test
    @SharedDataTest
    void pakistanAidByAdministrationEqualsSqlMeansOfItsFiscalYears(@TempDir Path dir) throws IOException {
        Path file = SharedData.resolve("us-foreign-aid-country/us_foreign_aid_country.csv");
        try (EventStore store = HandMadeEvents.open(dir)) {
            IndicatorAnalysis analysis = new IndicatorAnalysis(store, HandMadeEvents.CAMEO);
            analysis.importSource(IndicatorSource.US_AID, file, List.of());
            Comparison c = analysis.compare("us_aid_obligations", "PAK", ADMINISTRATIONS, BootstrapOptions.DEFAULT);

            String[][] terms = {{"Obama II", "2013", "2016"}, {"Trump I", "2017", "2020"}, {"Biden", "2021", "2024"}};
            for (String[] t : terms) {
                Object[] row = PlainSql.rows("SELECT avg(CAST(current_amount AS DOUBLE)), count(*) FROM read_csv("
                        + PlainSql.literal(file) + ", header = true, all_varchar = true) WHERE \"Country Code\" = 'PAK' "
                        + "AND \"Transaction Type Name\" = 'Obligations' AND \"Fiscal Year\" BETWEEN '" + t[1] + "' AND '"
                        + t[2] + "'").get(0);
                PeriodEstimate e = estimate(c, t[0]);
                assertThat(e.value()).as(t[0]).isCloseTo((Double) row[0], within(1e-3));
                assertThat((long) e.units()).as(t[0]).isEqualTo(((Number) row[1]).longValue());
                assertThat(e.ciLow()).isLessThanOrEqualTo(e.value());
                assertThat(e.ciHigh()).isGreaterThanOrEqualTo(e.value());
            }
            assertThat(estimate(c, "Trump II").units()).as("the file ends with FY2024").isZero();
            assertThat(estimate(c, "Trump II").value()).isNaN();
        }
    }
}
