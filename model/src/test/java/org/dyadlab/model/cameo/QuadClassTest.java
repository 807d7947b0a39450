package org.dyadlab.model.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuadClassTest {

    @ParameterizedTest
    @EnumSource(QuadClass.class)
    void gdeltNumberRoundTrips(QuadClass q) {
        assertThat(QuadClass.ofNumber(q.number())).isSameAs(q);
    }

    @Test
    void numbersFollowGdeltCodebook() {
        assertThat(QuadClass.VERBAL_COOPERATION.number()).isEqualTo(1);
        assertThat(QuadClass.MATERIAL_COOPERATION.number()).isEqualTo(2);
        assertThat(QuadClass.VERBAL_CONFLICT.number()).isEqualTo(3);
        assertThat(QuadClass.MATERIAL_CONFLICT.number()).isEqualTo(4);
    }

    @Test
    void cooperationAndMaterialFlags() {
        assertThat(QuadClass.VERBAL_COOPERATION.isCooperation()).isTrue();
        assertThat(QuadClass.VERBAL_COOPERATION.isMaterial()).isFalse();
        assertThat(QuadClass.MATERIAL_COOPERATION.isCooperation()).isTrue();
        assertThat(QuadClass.MATERIAL_COOPERATION.isMaterial()).isTrue();
        assertThat(QuadClass.VERBAL_CONFLICT.isCooperation()).isFalse();
        assertThat(QuadClass.VERBAL_CONFLICT.isMaterial()).isFalse();
        assertThat(QuadClass.MATERIAL_CONFLICT.isCooperation()).isFalse();
        assertThat(QuadClass.MATERIAL_CONFLICT.isMaterial()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void ofNumberRejectsNumbersOutside1To4(int n) {
        assertThatThrownBy(() -> QuadClass.ofNumber(n)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 21, -1})
    void ofRootRejectsRootsOutside1To20(int root) {
        assertThatThrownBy(() -> QuadClass.ofRoot(root)).isInstanceOf(IllegalArgumentException.class);
    }
}
