package org.dyadlab.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;

/**
 * dyadlab's CAMEO tables against GDELT's published lookups in ../shared/data: the weights of
 * cameo-goldstein/CAMEO.goldsteinscale.txt and the labels, countries and actor types of spark-gdelt's copies
 * of GDELT's CAMEO.*.txt lookups.
 */
@SharedDataTest
class CameoTablesMatchGdeltLookupsTest {
    /**
     * Codes whose GDELT label is mojibake (a double-decoded curly quote), so our table keeps the codebook
     * wording and, by design of tools/generate_cameo_tables.py, leaves gdelt_label empty.
     */
    private static final Map<String, String> MOJIBAKE_IN_GDELT = Map.of("044", "Meet at a 'third' location");

    private final CameoOntology cameo = CameoOntology.standard();

    private static Map<String, String> gdeltEventLabels() {
        return GdeltLookups.codeLabels(SharedData.resolve("gdelt-spark-gdelt/reference/cameoEvent.txt"));
    }

    @Test
    void everyGoldsteinTableCodeExistsWithTheSameWeight() {
        Map<String, Double> weights = GdeltLookups.goldsteinWeights(
                SharedData.resolve("cameo-goldstein/CAMEO.goldsteinscale.txt"));
        assertThat(weights).hasSize(311);
        weights.forEach((code, weight) -> assertThat(cameo.eventCode(code)).as(code)
                .hasValueSatisfying(c -> assertThat(c.goldstein()).as(code).isCloseTo(weight, within(1e-9))));
    }

    @Test
    void everyOntologyCodeIsInTheGoldsteinTable() {
        Map<String, Double> weights = GdeltLookups.goldsteinWeights(
                SharedData.resolve("cameo-goldstein/CAMEO.goldsteinscale.txt"));
        assertThat(cameo.eventCodes()).extracting(EventCode::code).allSatisfy(c -> assertThat(weights).containsKey(c));
    }

    @Test
    void gdeltEventListSplitsTheRecordRunIntoCode1056() {
        Map<String, String> labels = gdeltEventLabels();
        assertThat(labels).containsEntry("1056", "Demand de-escalation of military engagement")
                .containsEntry("106", "Demand withdrawal");
    }

    @Test
    void gdeltEventListHasExactlyOurCodes() {
        assertThat(gdeltEventLabels().keySet())
                .containsExactlyInAnyOrderElementsOf(cameo.eventCodes().stream().map(EventCode::code).toList());
    }

    @Test
    void rootLabelsAreSentenceCasedGdeltLabels() {
        gdeltEventLabels().entrySet().stream().filter(e -> e.getKey().length() == 2).forEach(e -> assertThat(
                cameo.requireEventCode(e.getKey()).label()).as(e.getKey()).isEqualTo(sentenceCase(e.getValue())));
    }

    @Test
    void labelsEqualGdeltsUnlessTheTableRecordsGdeltsDifferentWording() {
        Map<String, String> gdelt = gdeltEventLabels();
        List<String> mismatches = new ArrayList<>();
        for (Map<String, String> row : GdeltLookups.ourEventCodeRows()) {
            String code = row.get("code");
            if (code.length() == 2 || MOJIBAKE_IN_GDELT.containsKey(code)) {
                continue;
            }
            String expected = row.get("gdelt_label").isEmpty() ? row.get("label") : row.get("gdelt_label");
            if (!expected.equals(gdelt.get(code))) {
                mismatches.add(code + ": ours '" + expected + "', GDELT '" + gdelt.get(code) + "'");
            }
            assertThat(cameo.requireEventCode(code).label()).as(code).isEqualTo(row.get("label"));
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void gdeltWordingIsRecordedForTheShifted10xBlock() {
        Map<String, String> gdeltWording = GdeltLookups.ourEventCodeRows().stream()
                .filter(r -> !r.get("gdelt_label").isEmpty())
                .collect(Collectors.toMap(r -> r.get("code"), r -> r.get("gdelt_label")));
        assertThat(gdeltWording).containsKeys("101", "102", "103", "105", "106", "107", "108");
        assertThat(cameo.requireEventCode("108").label()).isEqualTo("Demand mediation");
        assertThat(gdeltWording).containsEntry("105", "Demand mediation");
    }

    @Test
    void mojibakeExceptionsReallyAreMojibakeInGdelt() {
        Map<String, String> gdelt = gdeltEventLabels();
        MOJIBAKE_IN_GDELT.forEach((code, ours) -> {
            assertThat(gdelt.get(code)).as(code).contains("\u00c3");
            assertThat(cameo.requireEventCode(code).label()).isEqualTo(ours);
        });
    }

    @Test
    void everyGdeltCountryCodeExists() {
        Map<String, String> countries = GdeltLookups.codeLabels(
                SharedData.resolve("gdelt-spark-gdelt/reference/cameoCountry.txt"));
        assertThat(countries).hasSize(261);
        assertThat(countries.keySet()).allSatisfy(code -> assertThat(cameo.country(code)).as(code).isPresent());
    }

    @Test
    void everyGdeltActorTypeExists() {
        Map<String, String> types = GdeltLookups.codeLabels(
                SharedData.resolve("gdelt-spark-gdelt/reference/cameoType.txt"));
        assertThat(types).containsKeys("GOV", "MIL", "COP", "REB", "SET");
        types.forEach((code, label) -> assertThat(cameo.actorType(code)).as(code)
                .hasValueSatisfying(t -> assertThat(t.label()).isEqualTo(label)));
    }

    private static String sentenceCase(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
