package org.dyadlab.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The event codes of dyadlab's own CAMEO table (event-codes.csv), without reference to outside data. */
class CameoOntologyTest {
    private final CameoOntology cameo = CameoOntology.standard();

    @Test
    void holdsAll311CameoCodes() {
        assertThat(cameo.eventCodes()).hasSize(311);
        assertThat(cameo.eventCodes()).extracting(EventCode::code).doesNotHaveDuplicates();
    }

    @Test
    void hasExactlyTheTwentyRoots01To20() {
        List<String> expected = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(cameo.eventCodes()).filteredOn(c -> c.level() == 1).extracting(EventCode::code)
                .containsExactlyElementsOf(expected);
    }

    @Test
    void everyCodeHasTheQuadClassOfItsRoot() {
        assertThat(cameo.eventCodes()).allSatisfy(c ->
                assertThat(c.quadClass()).as(c.code()).isEqualTo(QuadClass.ofRoot(Integer.parseInt(c.root()))));
    }

    @ParameterizedTest(name = "root {0} is {1}")
    @CsvSource({
        "01, VERBAL_COOPERATION", "02, VERBAL_COOPERATION", "03, VERBAL_COOPERATION", "04, VERBAL_COOPERATION",
        "05, VERBAL_COOPERATION",
        "06, MATERIAL_COOPERATION", "07, MATERIAL_COOPERATION", "08, MATERIAL_COOPERATION", "09, MATERIAL_COOPERATION",
        "10, VERBAL_CONFLICT", "11, VERBAL_CONFLICT", "12, VERBAL_CONFLICT", "13, VERBAL_CONFLICT", "14, VERBAL_CONFLICT",
        "15, MATERIAL_CONFLICT", "16, MATERIAL_CONFLICT", "17, MATERIAL_CONFLICT", "18, MATERIAL_CONFLICT",
        "19, MATERIAL_CONFLICT", "20, MATERIAL_CONFLICT"})
    void rootsFollowGdeltQuadClassAssignment(String root, QuadClass expected) {
        assertThat(cameo.requireEventCode(root).quadClass()).isEqualTo(expected);
    }

    @Test
    void everyNonRootCodeHangsUnderAnExistingParentOneLevelUp() {
        assertThat(cameo.eventCodes()).filteredOn(c -> c.level() > 1).allSatisfy(c -> {
            EventCode parent = cameo.requireEventCode(c.parent());
            assertThat(parent.level()).as(c.code()).isEqualTo(c.level() - 1);
            assertThat(parent.root()).as(c.code()).isEqualTo(c.root());
        });
    }

    @ParameterizedTest(name = "{0}: level {1}, parent {2}, base {3}, root {4}")
    @CsvSource({
        "0211, 3, 021, 021, 02",
        "021,  2, 02,  021, 02",
        "02,   1, 02,  02,  02"})
    void hierarchyOfAppealCodes(String code, int level, String parent, String base, String root) {
        EventCode c = cameo.requireEventCode(code);
        assertThat(c.level()).isEqualTo(level);
        assertThat(c.parent()).isEqualTo(parent);
        assertThat(c.base()).isEqualTo(base);
        assertThat(c.root()).isEqualTo(root);
    }

    /** Values as published in GDELT's CAMEO.goldsteinscale.txt (checked by hand against the file). */
    @ParameterizedTest(name = "{0} weighs {1}")
    @CsvSource({"0211, 3.4", "20, -10.0", "190, -10.0", "016, -2.0", "022, 3.2", "163, -8.0", "042, 1.9"})
    void goldsteinWeightsMatchTheGdeltTable(String code, double weight) {
        assertThat(cameo.requireEventCode(code).goldstein()).isCloseTo(weight, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13y", "", "999", "00", "21", "0100"})
    @NullSource
    void eventCodeIsEmptyForCodesCameoDoesNotDefine(String code) {
        assertThat(cameo.eventCode(code)).isEmpty();
    }

    @Test
    void requireEventCodeNamesTheUnknownCode() {
        assertThatThrownBy(() -> cameo.requireEventCode("13y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'13y'");
    }

    @Test
    void tablesCannotBeModifiedByCallers() {
        EventCode any = cameo.requireEventCode("01");
        assertThatThrownBy(() -> cameo.eventCodes().add(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cameo.countries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cameo.actorTypes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
