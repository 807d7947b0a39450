package org.dyadlab.analysis.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.Finding;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.model.evidence.TriangulationScore.Flag;
import org.dyadlab.model.evidence.TriangulationScore.Strength;
import org.junit.jupiter.api.Test;

/** The triangulation score: its contract for no evidence, one source, saturation, copies and contradiction. */
class TriangulationTest {
    private final Triangulation t = new Triangulation(SourceProfiler.standard(), Dyad.parse("PAK-USA"));
    private final Finding finding = new Finding("f", "A statement.");

    private static Source declared(String key, String publisher, SourceKind kind, String side) {
        return new Source(key, "", "", publisher, "", "", "2018", "", kind, Side.parse(side));
    }

    private static EvidenceItem item(String id, Stance stance, Source... sources) {
        return new EvidenceItem(EvidenceKind.CHRONOLOGY, id, LocalDate.of(2018, 1, 4), null, "text", List.of(sources),
                stance, "");
    }

    @Test
    void noSupportingEvidenceScoresZeroAndIsFlagged() {
        TriangulatedFinding f = t.assess(finding, List.of(), List.of(), List.of());
        assertThat(f.score().score()).isZero();
        assertThat(f.score().strength()).isEqualTo(Strength.NONE);
        assertThat(f.score().flags()).containsExactly(Flag.NO_EVIDENCE);
    }

    @Test
    void oneSourceIsFlaggedAsSingleSourceSideAndKind() {
        TriangulatedFinding f = t.assess(finding, List.of(item("a", Stance.SUPPORTS,
                declared("dawn", "Dawn", SourceKind.NEWS, "PAK"))), List.of(), List.of());
        assertThat(f.score().score()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(f.score().flags()).containsExactly(Flag.SINGLE_SOURCE, Flag.SINGLE_SIDE, Flag.SINGLE_KIND);
    }

    @Test
    void threeSourcesOfThreeKindsFromThreeSidesSaturateAtOne() {
        TriangulatedFinding f = t.assess(finding, List.of(
                item("a", Stance.SUPPORTS, declared("dawn", "Dawn", SourceKind.NEWS, "PAK")),
                item("b", Stance.SUPPORTS, declared("state", "U.S. Department of State", SourceKind.OFFICIAL_STATEMENT,
                        "USA")),
                item("c", Stance.SUPPORTS, declared("imf", "IMF data", SourceKind.DATASET, "third-party"),
                        declared("hindu", "The Hindu", SourceKind.NEWS, "IND"))), List.of(), List.of());
        assertThat(f.score().score()).isEqualTo(1.0);
        assertThat(f.score().strength()).isEqualTo(Strength.STRONG);
        assertThat(f.score().sides()).containsExactly("PAK", "USA", "third-party");
        assertThat(f.score().independentSources()).isEqualTo(4);
        assertThat(f.score().flags()).isEmpty();
    }

    @Test
    void copiesOfOneWireStoryCountOnce() {
        Source hindu = new Source("h", "online", "{Reuters}", "The Hindu", "", "https://www.thehindu.com/x", "2022", "",
                null, null);
        Source straits = new Source("s", "online", "{Reuters}", "The Straits Times", "",
                "https://www.straitstimes.com/x", "2022", "", null, null);
        TriangulatedFinding f = t.assess(finding, List.of(item("a", Stance.SUPPORTS, hindu, straits)), List.of(),
                List.of());
        assertThat(f.score().independentSources()).isEqualTo(1);
        assertThat(f.score().originators()).containsExactly("Reuters");
        assertThat(f.sources()).hasSize(2);
    }

    @Test
    void contradictingEvidenceHalvesTheScoreAndIsKeptBesideTheFinding() {
        List<EvidenceItem> support = List.of(item("a", Stance.SUPPORTS, declared("dawn", "Dawn", SourceKind.NEWS,
                "PAK")), item("b", Stance.SUPPORTS, declared("state", "State", SourceKind.OFFICIAL_STATEMENT, "USA")));
        double alone = t.assess(finding, support, List.of(), List.of()).score().score();
        TriangulatedFinding f = t.assess(finding, support, List.of(item("c", Stance.CONTRADICTS,
                declared("x", "X", SourceKind.NEWS, "third-party"))), List.of("chronology nope: no such event"));
        assertThat(f.score().score()).isCloseTo(alone / 2, within(1e-9));
        assertThat(f.contradicting()).extracting(EvidenceItem::id).containsExactly("c");
        assertThat(f.score().flags()).contains(Flag.CONTRADICTED, Flag.UNRESOLVED_REFERENCE);
        assertThat(f.unresolved()).containsExactly("chronology nope: no such event");
    }
}
