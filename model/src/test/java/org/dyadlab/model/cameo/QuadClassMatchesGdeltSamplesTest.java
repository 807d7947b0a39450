package org.dyadlab.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every event row of spark-gdelt's GDELT samples gets, from its EventCode alone, the QuadClass, root and
 * Goldstein weight that GDELT wrote in the row.
 */
@SharedDataTest
class QuadClassMatchesGdeltSamplesTest {
    private static final int EVENT_CODE = 26;
    private static final int EVENT_ROOT_CODE = 28;
    private static final int QUAD_CLASS = 29;
    private static final int GOLDSTEIN_SCALE = 30;

    private final CameoOntology cameo = CameoOntology.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "events.csv  | 61",
        "eventsT.csv | 61",
        "events1.csv | 57 58"})
    void everySampleRowAgreesWithOurCodeTable(String file, String columnCounts) {
        List<String[]> rows = GdeltLookups.rows(SharedData.resolve("gdelt-spark-gdelt/samples/" + file), false);
        Set<Integer> allowedWidths = Stream.of(columnCounts.split(" ")).map(Integer::valueOf)
                .collect(Collectors.toSet());
        assertThat(rows).hasSize(100);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String where = file + " row " + (i + 1) + " (EventCode " + r[EVENT_CODE] + ")";
            assertThat(r.length).as(where).isIn(allowedWidths);
            EventCode code = cameo.requireEventCode(r[EVENT_CODE]);
            assertThat(code.quadClass().number()).as(where).isEqualTo(Integer.parseInt(r[QUAD_CLASS]));
            assertThat(code.root()).as(where).isEqualTo(r[EVENT_ROOT_CODE]);
            assertThat(code.goldstein()).as(where).isCloseTo(Double.parseDouble(r[GOLDSTEIN_SCALE]), within(1e-9));
        }
    }
}
