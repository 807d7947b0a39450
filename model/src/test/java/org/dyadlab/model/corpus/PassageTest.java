package org.dyadlab.model.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PassageTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aRulePassageRecordsItsRuleAndAManualOneDoesNot() {
        Passage p = new Passage(0, "d", 1, new TextSpan(0, 3), "economic", "rules", CodingOrigin.RULE, "term:aid",
                "aid", T);
        assertThat(p.withId(7).id()).isEqualTo(7);
        assertThatThrownBy(() -> new Passage(0, "d", 1, new TextSpan(0, 3), "economic", "rules", CodingOrigin.RULE,
                null, "aid", T)).hasMessageContaining("rule");
        assertThatThrownBy(() -> new Passage(0, "d", 1, new TextSpan(0, 3), "economic", "alice", CodingOrigin.MANUAL,
                "term:aid", "aid", T)).hasMessageContaining("by hand");
    }

    @Test
    void theQuoteMatchesTheSpanAndCodersHaveNames() {
        assertThatThrownBy(() -> new Passage(0, "d", 1, new TextSpan(0, 4), "economic", "alice", CodingOrigin.MANUAL,
                null, "aid", T)).hasMessageContaining("quote");
        assertThatThrownBy(() -> new Passage(0, "d", 1, new TextSpan(0, 3), "economic", "a;drop", CodingOrigin.MANUAL,
                null, "aid", T)).hasMessageContaining("coder");
        assertThatThrownBy(() -> new Passage(0, "d", 1, new TextSpan(3, 3), "economic", "alice", CodingOrigin.MANUAL,
                null, "", T)).hasMessageContaining("at least one");
    }

    @Test
    void sidesAndKindsParseWhatUsersType() {
        assertThat(Side.parse("pak")).isEqualTo(new Side("PAK"));
        assertThat(Side.parse("third")).isEqualTo(Side.THIRD_PARTY);
        assertThatThrownBy(() -> Side.parse("pakistan")).hasMessageContaining("three-letter");
        assertThat(SourceKind.ofKey("official")).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
        assertThat(SourceKind.ofKey("Official-Statement")).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
        assertThatThrownBy(() -> SourceKind.ofKey("blog")).hasMessageContaining("unknown source kind");
        assertThat(DocumentIds.slug("Rapport é 2019 (final).pdf")).isEqualTo("Rapport-e-2019-final-.pdf");
    }
}
