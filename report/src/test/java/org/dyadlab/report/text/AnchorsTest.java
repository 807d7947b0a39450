package org.dyadlab.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    @Test
    void referenceAnchorsKeepPlainKeys() {
        assertThat(Anchors.reference("dawn2018")).isEqualTo("ref-dawn2018");
        assertThat(Anchors.reference("Smith_2019:a.b-c")).isEqualTo("ref-Smith_2019:a.b-c");
    }

    @Test
    void otherCharactersOfAKeyAreSpelledOut() {
        assertThat(Anchors.reference("weird key/1")).isEqualTo("ref-weird_u0020key_u002F1");
        assertThat(Anchors.reference("\"><x")).isEqualTo("ref-_u0022_u003E_u003Cx");
    }

    @Test
    void uniqueIdsAreSlugsNumberedWhenTaken() {
        Anchors anchors = new Anchors();

        assertThat(anchors.unique("factor", "Political & Security")).isEqualTo("factor-political-security");
        assertThat(anchors.unique("factor", "political security")).isEqualTo("factor-political-security-2");
        assertThat(anchors.unique("factor", "\"><script>")).isEqualTo("factor-script");
        assertThat(anchors.unique("factor", null)).isEqualTo("factor");
        assertThat(anchors.unique("factor", "")).isEqualTo("factor-2");
    }
}
