package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case's own yearly figures must be what dyadlab's importers derive from the public files today. */
class CaseIndicatorsTest {
    @TempDir
    Path dir;

    @SharedDataTest
    @Test
    void theCommittedIndicatorsFileIsWhatTheImportersDeriveFromTheData() throws Exception {
        CaseDefinition c = CaseFolders.read(CaseFixture.builtIn());
        List<IndicatorObservation> derived = CaseIndicators.derive(c, SharedData.root().orElseThrow(),
                CameoOntology.standard());
        List<IndicatorObservation> committed = CaseIndicators.read(c.file(c.indicators()));
        assertThat(committed).as("regenerate with: dyadlab case indicators cases/pak-usa").isEqualTo(derived);
        // PROVENANCE of the aid file: FY2017 831.2 M, FY2018 423.7 M (obligations, current USD)
        assertThat(committed).filteredOn(o -> o.indicator().equals("us_aid_obligations") && o.year() == 2018)
                .singleElement().satisfies(o -> assertThat(o.value() / 1e6).isBetween(423.6, 423.8));
        assertThat(committed).extracting(IndicatorObservation::indicator).contains("us_aid_disbursements",
                "us_goods_exports", "us_goods_imports", "un_vote_agreement", "un_vote_kappa", "un_votes_common");
    }

    @Test
    void writingAndReadingBackLosesNothing() throws Exception {
        CaseDefinition c = CaseFolders.read(CaseFixture.builtIn());
        List<IndicatorObservation> committed = CaseIndicators.read(c.file(c.indicators()));
        Path copy = dir.resolve("indicators.csv");
        CaseIndicators.write(committed, copy);
        assertThat(CaseIndicators.read(copy)).isEqualTo(committed);
    }
}
