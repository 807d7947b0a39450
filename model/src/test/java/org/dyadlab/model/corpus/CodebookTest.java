package org.dyadlab.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodebookTest {
    private static Code code(String id) {
        return new Code(id, null, "d", null, null, List.of());
    }

    @Test
    void walksTheHierarchy() {
        Codebook b = new Codebook("t", null, null, List.of(code("economic"), code("economic.aid"),
                code("economic.aid.suspension"), code("political")));
        assertThat(b.children(null)).extracting(Code::id).containsExactly("economic", "political");
        assertThat(b.children("economic")).extracting(Code::id).containsExactly("economic.aid");
        assertThat(b.subtree("economic")).hasSize(3);
        assertThat(b.code("economic.aid.suspension").orElseThrow().parentId()).isEqualTo("economic.aid");
        assertThat(b.code("economic.aid.suspension").orElseThrow().depth()).isEqualTo(2);
        assertThat(Codebook.selfAndAncestors("economic.aid.suspension"))
                .containsExactly("economic.aid.suspension", "economic.aid", "economic");
        assertThat(b.title()).isEqualTo("t");
    }

    @Test
    void refusesDuplicateCodesAndOrphans() {
        assertThatThrownBy(() -> new Codebook("t", null, null, List.of(code("a"), code("a"))))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Codebook("t", null, null, List.of(code("a.b"))))
                .hasMessageContaining("parent");
    }

    @Test
    void codeIdsAreLowerCaseDottedPaths() {
        assertThatThrownBy(() -> code("Economic")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> code("economic..aid")).isInstanceOf(IllegalArgumentException.class);
        assertThat(code("economic.aid-suspension").isUnder("economic")).isTrue();
        assertThat(code("economics").isUnder("economic")).isFalse();
    }
}
