package org.dyadlab.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodingRuleTest {
    @Test
    void describesEachKindOfRuleTheWayPassagesRecordIt() {
        assertThat(CodingRule.term("Sanction*").describe()).isEqualTo("term:sanction*");
        assertThat(CodingRule.phrase("safe  Havens").describe()).isEqualTo("phrase:safe havens");
        assertThat(CodingRule.near(List.of("aid", "suspend*"), 8).describe()).isEqualTo("near:aid,suspend*/8");
    }

    @Test
    void refusesRulesThatCouldNeverOrWouldAlwaysMatch() {
        assertThatThrownBy(() -> CodingRule.term("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodingRule.term("un*ted")).hasMessageContaining("may only end");
        assertThatThrownBy(() -> CodingRule.near(List.of("aid"), 5)).hasMessageContaining("two or more");
        assertThatThrownBy(() -> CodingRule.near(List.of("aid", "cut"), 0)).hasMessageContaining("distance");
        assertThatThrownBy(() -> new CodingRule(CodingRule.Type.TERM, List.of("a", "b"), 0))
                .hasMessageContaining("one word");
    }
}
