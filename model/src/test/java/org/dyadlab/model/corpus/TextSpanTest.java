package org.dyadlab.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextSpanTest {
    @Test
    void parsesStartColonEnd() {
        assertThat(TextSpan.parse(" 120:340 ")).isEqualTo(new TextSpan(120, 340));
        assertThat(new TextSpan(120, 340).length()).isEqualTo(220);
    }

    @Test
    void refusesReversedNegativeAndMalformedSpans() {
        assertThatThrownBy(() -> new TextSpan(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSpan(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextSpan.parse("12-40")).hasMessageContaining("START:END");
        assertThatThrownBy(() -> TextSpan.parse("a:b")).hasMessageContaining("whole numbers");
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertThat(new TextSpan(0, 10).overlaps(new TextSpan(10, 20))).isFalse();
        assertThat(new TextSpan(0, 11).overlaps(new TextSpan(10, 20))).isTrue();
        assertThat(new TextSpan(0, 30).contains(new TextSpan(10, 20))).isTrue();
        assertThat(new TextSpan(0, 5).union(new TextSpan(10, 20))).isEqualTo(new TextSpan(0, 20));
    }
}
