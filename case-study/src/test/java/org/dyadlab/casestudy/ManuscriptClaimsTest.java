package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The test manuscripts of the PAK-USA case (cases/pak-usa/fixtures): every planted error is flagged with the right
 * evidence and no correct sentence is contradicted, in Markdown, DOCX and PDF; precision and recall are printed
 * (docs/claims.md reports them). The first manuscript is the one the rules were developed on; the second was written
 * after them (its first-run figures are in docs/claims.md); the third was written with its answer key and run once,
 * untuned, and its measured figures and misses are pinned as they are.
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
        System.out.println("claims " + report.verdicts().size() + ": " + score.summary());
        score.falseAlarms().forEach(s -> System.out.println("FALSE ALARM: " + s));
        assertThat(score.missed()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
    }

    @Test
    void theSecondManuscriptWrittenAfterTheRulesStaysAtItsMeasuredFigures() throws Exception {
        ClaimCheckReport report = new ClaimCheckRun(CameoOntology.standard())
                .check(fixtures().resolve("manuscript-heldout.md"), CaseFixture.builtIn(), null, DAY);
        AnswerKey.Score score = AnswerKey.read(fixtures().resolve("manuscript-heldout.answers.yaml")).score(report);
        System.out.println("second manuscript: claims " + report.verdicts().size() + ": " + score.summary());
        score.falseAlarms().forEach(s -> System.out.println("second manuscript FALSE ALARM: " + s));
        // its first run (docs/claims.md) missed one error and raised one false alarm; the two rules were fixed since
        assertThat(score.missed()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
    }

    /**
     * The third manuscript (2017-2021) was written with its answer key, the key committed, and the checker run on it
     * once, untuned (docs/claims.md, "Third manuscript, untuned"). The figures of that run are pinned as a floor and
     * its two misses are documented exactly: a change of the rules that finds them may tighten this test, one that
     * loses anything else fails it.
     */
    @Test
    void theThirdManuscriptRunOnceUntunedStaysAtLeastAtItsMeasuredFigures() throws Exception {
        ClaimCheckReport report = new ClaimCheckRun(CameoOntology.standard())
                .check(fixtures().resolve("manuscript-third.md"), CaseFixture.builtIn(), null, DAY);
        AnswerKey.Score score = AnswerKey.read(fixtures().resolve("manuscript-third.answers.yaml")).score(report);
        System.out.println("third manuscript: claims " + report.verdicts().size() + ": " + score.summary()
                + "; missed " + score.missed());
        score.falseAlarms().forEach(s -> System.out.println("third manuscript FALSE ALARM: " + s));

        // measured: 11 planted, 8 contradicted with the key's evidence, 9 flagged; 10 sentences contradicted, all
        // planted errors (precision 1.00); no correct claim contradicted
        assertThat(score.planted()).isEqualTo(11);
        assertThat(score.contradicted()).isGreaterThanOrEqualTo(8);
        assertThat(score.flagged()).isGreaterThanOrEqualTo(9);
        assertThat(score.truePositives()).isGreaterThanOrEqualTo(10);
        assertThat(score.falseAlarms()).isEmpty();
        assertThat(score.missed()).isSubsetOf("beca-wrong-year", "aid-fy2020-inflated");

        // known miss 1, beca-wrong-year: "The Basic Exchange and Cooperation Agreement followed in October 2019" is
        // contradicted as an EVENT (its date against the chronology event 2020-10-27-beca-signed), not as the date of
        // the gazetteer agreement `beca` the key names: "followed" is no verb of a date role and "followed in" no
        // connecting word, so the agreement-date rule does not take the date. The error is caught; the evidence id
        // differs from the key's.
        List<ClaimVerdict> beca = inSentence(report, "Cooperation Agreement followed in October 2019");
        if (score.missed().contains("beca-wrong-year")) {
            assertThat(beca).anySatisfy(v -> {
                assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
                assertThat(v.discrepancies()).anySatisfy(d -> {
                    assertThat(d.aspect()).isEqualTo("date");
                    assertThat(d.evidenceId()).isEqualTo("2020-10-27-beca-signed");
                });
            });
        }
        // known miss 2, aid-fy2020-inflated: "By FY2020 they had fallen to about $410 million" (obligations were
        // $196.8 million) stays unverified: the subject is "they" (the aid obligations of the sentence before) and
        // the rules compare amounts with the aid indicator only when the sentence itself speaks of aid. It must at
        // least never be supported.
        List<ClaimVerdict> fy2020 = inSentence(report, "By FY2020 they had fallen to about $410 million");
        assertThat(fy2020).isNotEmpty().noneMatch(v -> v.verdict() == Verdict.SUPPORTED);

        // flagged but with other evidence than the key's: "Special Representative for Pakistan Reconciliation" is
        // contradicted as a near miss of the SRAP (2009-2017), not of the SRAR (from 2018) the author meant, though
        // the sentence's date (September 2018) lies outside the SRAP's years
        assertThat(inSentence(report, "Representative for Pakistan Reconciliation"))
                .anySatisfy(v -> assertThat(v.verdict()).isNotEqualTo(Verdict.SUPPORTED));
    }

    private static List<ClaimVerdict> inSentence(ClaimCheckReport report, String snippet) {
        return report.verdicts().stream()
                .filter(v -> AnswerKey.squash(v.claim().sentence()).contains(AnswerKey.squash(snippet))).toList();
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"docx", "pdf"})
    void theManuscriptAsDocxOrPdfGivesTheSameResult(String format) throws Exception {
        java.util.List<String> paragraphs = ManuscriptFormats.paragraphs(java.nio.file.Files.readString(
                fixtures().resolve("manuscript-pak-usa.md")));
        Path file = dir.resolve("manuscript-pak-usa." + format);
        if (format.equals("docx")) {
            ManuscriptFormats.docx(paragraphs, file);
        } else {
            ManuscriptFormats.pdf(paragraphs, file);
        }
        ClaimCheckReport report = new ClaimCheckRun(CameoOntology.standard()).check(file, CaseFixture.builtIn(), null,
                DAY);
        AnswerKey.Score score = AnswerKey.read(fixtures().resolve("manuscript-pak-usa.answers.yaml")).score(report);
        System.out.println(format + ": claims " + report.verdicts().size() + ": " + score.summary());
        score.falseAlarms().forEach(s -> System.out.println("FALSE ALARM: " + s));
        assertThat(score.missed()).isEmpty();
        assertThat(score.falseAlarms()).isEmpty();
    }
}
