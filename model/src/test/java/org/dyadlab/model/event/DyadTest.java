package org.dyadlab.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DyadTest {

    @ParameterizedTest
    @ValueSource(strings = {"PAK-USA", "pak-usa", "PAK_USA", "PAK:USA", " Pak-Usa "})
    void parsesBothCodesInOrderIgnoringCaseAndSeparator(String text) {
        assertThat(Dyad.parse(text)).isEqualTo(new Dyad("PAK", "USA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PAK", "PAK-PAK", "pak-pak", "PAKI-USA", "PAK-US", "PAK-USA-IND", "", "-USA", "PAK USA",
        "P4K-USA"})
    void rejectsTextThatIsNotTwoDifferentThreeLetterCodes(String text) {
        assertThatThrownBy(() -> Dyad.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorMessageShowsTheExpectedForm() {
        assertThatThrownBy(() -> Dyad.parse("PAKI-USA")).hasMessageContaining("PAK-USA");
        assertThatThrownBy(() -> Dyad.parse("PAK")).hasMessageContaining("'PAK'");
    }

    @Test
    void reversedSwapsTheSidesAndPrintsLikeTheInput() {
        Dyad d = Dyad.parse("pak_usa");
        assertThat(d.reversed()).isEqualTo(new Dyad("USA", "PAK"));
        assertThat(d.reversed().reversed()).isEqualTo(d);
        assertThat(d).hasToString("PAK-USA");
        assertThat(Dyad.parse(d.toString())).isEqualTo(d);
    }
}
