package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.evidence.EvidenceKind;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.model.evidence.TriangulationScore.Flag;
import org.junit.jupiter.api.Test;

/** The declared findings of the built-in case, weighed from the case folder alone. */
class CaseFindingsTest {
    private final CaseDefinition c = CaseFolders.read(CaseFixture.builtIn());
    private final List<TriangulatedFinding> findings = CaseFindings.assess(c,
            CaseEvidence.of(c, null, CameoOntology.standard()));
    private final Map<String, TriangulatedFinding> byId = findings.stream()
            .collect(Collectors.toMap(f -> f.finding().id(), Function.identity()));

    @Test
    void everyDeclaredFindingIsWeighedAndEveryReferenceResolves() {
        assertThat(findings).hasSizeGreaterThanOrEqualTo(5);
        for (TriangulatedFinding f : findings) {
            System.out.printf("%-36s %.2f %-8s n=%d kinds=%s sides=%s flags=%s against=%d%n", f.finding().id(),
                    f.score().score(), f.score().strength().key(), f.score().independentSources(), f.score().kinds(),
                    f.score().sides(), f.score().flags(), f.contradicting().size());
            assertThat(f.unresolved()).as(f.finding().id()).isEmpty();
            assertThat(f.score().flags()).doesNotContain(Flag.UNRESOLVED_REFERENCE);
        }
    }

    @Test
    void theSuspensionRestsOnOfficialNewsAndDataFromBothCountries() {
        TriangulatedFinding f = byId.get("security-assistance-suspended-2018");
        assertThat(f.supporting()).extracting(i -> i.kind()).contains(EvidenceKind.CHRONOLOGY, EvidenceKind.INDICATOR);
        assertThat(f.score().originators()).contains("U.S. Department of State",
                "ForeignAssistance.gov (U.S. State Department and USAID)", "Donald J. Trump (social media)");
        assertThat(f.score().kinds()).contains("official", "dataset", "social");
        assertThat(f.score().flags()).doesNotContain(Flag.CONTRADICTED, Flag.SINGLE_SOURCE);
    }

    @Test
    void evidenceDeclaredAgainstAFindingIsShownBesideItAndHalvesItsScore() {
        TriangulatedFinding f = byId.get("suspension-never-eased");
        assertThat(f.contradicting()).extracting(i -> i.id()).contains("2019-12-imet-restored");
        assertThat(f.score().flags()).contains(Flag.CONTRADICTED);
        assertThat(f.score().score()).isLessThanOrEqualTo(0.5);
    }

    @Test
    void aFindingOnOneDatasetIsFlaggedAsSingleSourceAndSingleSide() {
        TriangulatedFinding f = byId.get("aid-obligations-fell");
        assertThat(f.score().independentSources()).isEqualTo(1);
        assertThat(f.score().flags()).contains(Flag.SINGLE_SOURCE, Flag.SINGLE_SIDE, Flag.SINGLE_KIND);
        assertThat(f.supporting().get(0).note()).contains("expected decrease, found decrease");
    }
}
