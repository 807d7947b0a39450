package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'dyadlab check-claims' and 'dyadlab findings' end to end. */
class ClaimCommandsTest {
    @TempDir
    Path dir;

    private static Path manuscript() {
        return DemoCommand.builtInCase().resolve("fixtures/manuscript-pak-usa.md");
    }

    @Test
    void checkClaimsWritesAnHtmlReportAndListsTheContradictedClaims() throws Exception {
        Path out = dir.resolve("claims.html");
        Cli r = Cli.run("check-claims", manuscript().toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("12 contradicted").contains("line 47").contains("Wrote " + out);
        String html = Files.readString(out);
        assertThat(html).contains("Contradicted claims (12)", "Communications Compatibility and Security Agreement")
                .doesNotContain("<script");
    }

    @Test
    void checkClaimsAsJsonGivesEveryClaimWithItsVerdictAndEvidence() throws Exception {
        Cli r = Cli.run("check-claims", manuscript().toString(), "--format", "json", "-o", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("manuscript").asText()).isEqualTo("manuscript-pak-usa.md");
        assertThat(report.get("verdicts").size()).isGreaterThan(50);
        JsonNode first = report.get("verdicts").get(0);
        assertThat(first.get("claim").get("id").asText()).isEqualTo("c1");
        assertThat(report.get("verdicts").findValuesAsText("verdict")).contains("SUPPORTED", "CONTRADICTED",
                "UNVERIFIED");
    }

    @Test
    void aMissingManuscriptOrWorkspaceIsAUsageErrorAndAnUnreadableFileIsNamed() throws Exception {
        assertThat(Cli.run("check-claims", dir.resolve("none.md").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("check-claims", manuscript().toString(), "-w", dir.resolve("nowhere").toString()).exit())
                .isEqualTo(2);
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7 this is not a PDF");
        Cli r = Cli.run("check-claims", broken.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("broken.pdf").doesNotContain("\tat ");
    }

    @Test
    void findingsPrintsEachDeclaredFindingWithItsScoreAndFlags() throws Exception {
        Cli table = Cli.run("findings");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("security-assistance-suspended-2018", "aid-obligations-fell",
                "single-source", "contradicted");
        JsonNode json = new ObjectMapper().readTree(Cli.run("findings", "--format", "json").out());
        assertThat(json.size()).isGreaterThanOrEqualTo(5);
        assertThat(json.get(0).get("score").get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get(0).get("supporting").get(0).get("sources")).isNotEmpty();
    }
}
