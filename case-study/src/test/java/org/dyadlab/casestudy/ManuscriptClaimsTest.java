package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimVerdict;
import org.junit.jupiter.api.Test;

/**
 * The test manuscript of the PAK-USA case (cases/pak-usa/fixtures): every planted error is flagged with the right
 * evidence, no correct sentence is contradicted; precision and recall are printed (docs/claims.md reports them).
 */
class ManuscriptClaimsTest {
    static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    static Path fixtures() {
        return CaseFixture.builtIn().resolve("fixtures");
    }

    @Test
    void everyPlantedErrorIsFlaggedAndNoCorrectClaimIsContradicted() throws Exception {
        ClaimCheckReport report = new ClaimCheckRun(CameoOntology.standard())
                .check(fixtures().resolve("manuscript-pak-usa.md"), CaseFixture.builtIn(), null, DAY);
        AnswerKey.Score score = AnswerKey.read(fixtures().resolve("manuscript-pak-usa.answers.yaml")).score(report);
        for (ClaimVerdict v : report.verdicts()) {
            System.out.println(v.claim().id() + " " + v.claim().kind() + " " + v.verdict() + " [" + v.claim().text()
                    + "] " + v.reason() + " " + v.discrepancies());
        }
        System.out.println("claims " + report.verdicts().size() + ": " + score.summary());
        System.out.println("missed " + score.missed());
        score.falseAlarms().forEach(s -> System.out.println("FALSE ALARM: " + s));
        assertThat(score.missed()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
    }
}
