package org.dyadlab.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"1", "21", "00", "0a1", "12345", "", " 01", "010 ", "-01"})
    void rejectsMalformedCodesNamingThem(String code) {
        assertThatThrownBy(() -> new EventCode(code, "x", QuadClass.VERBAL_COOPERATION, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
        assertThat(EventCode.isWellFormed(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "010", "0211", "20", "204", "2042"})
    void acceptsTwoToFourDigitCodesUnderRoots01To20(String code) {
        QuadClass quad = QuadClass.ofRoot(Integer.parseInt(code.substring(0, 2)));
        assertThat(new EventCode(code, "x", quad, 0.0).code()).isEqualTo(code);
        assertThat(EventCode.isWellFormed(code)).isTrue();
    }

    @Test
    void nullIsNotWellFormed() {
        assertThat(EventCode.isWellFormed(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-10.000001, 10.000001, -11, 11, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void rejectsWeightsOutsideMinusTenToTen(double weight) {
        assertThatThrownBy(() -> new EventCode("190", "x", QuadClass.MATERIAL_CONFLICT, weight))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Goldstein");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-10.0, 0.0, 10.0})
    void acceptsWeightsOnTheBoundsOfTheScale(double weight) {
        assertThat(new EventCode("190", "x", QuadClass.MATERIAL_CONFLICT, weight).goldstein()).isEqualTo(weight);
    }

    @Test
    void rejectsAQuadClassThatDoesNotMatchTheRoot() {
        assertThatThrownBy(() -> new EventCode("190", "x", QuadClass.VERBAL_CONFLICT, -10.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("190");
        assertThatThrownBy(() -> new EventCode("05", "x", QuadClass.MATERIAL_COOPERATION, 3.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullLabel() {
        assertThatThrownBy(() -> new EventCode("01", null, QuadClass.VERBAL_COOPERATION, 0.0))
                .isInstanceOf(NullPointerException.class);
    }
}
