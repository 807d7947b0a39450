package org.dyadlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseEvidence;
import org.dyadlab.casestudy.CaseFindings;
import org.dyadlab.casestudy.CaseFolders;
import org.dyadlab.casestudy.ClaimCheckRun;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings and claims of the dashboard on a real server per test: the same records the command line computes
 * ({@code dyadlab findings --workspace … --format json}, {@code dyadlab check-claims --workspace …}) over the same
 * workspace, computed here by the same code on the template before any server opens a copy of it.
 */
class FindingsAndClaimsApiTest extends ServerTest {
    /** The JSON the command line writes (CheckClaimsCommand.json): Jackson with ISO dates. */
    static final ObjectMapper CLI_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static JsonNode expectedFindings;
    static JsonNode expectedVerdicts;
    static Path manuscript;

    /** After {@link ServerTest#buildTemplate}: JUnit runs a superclass's {@code @BeforeAll} first. */
    @BeforeAll
    static void theCommandLinesAnswers() throws Exception {
        manuscript = TestWorkspace.caseFolder().resolve("fixtures/manuscript-pak-usa.md");
        CaseDefinition c = CaseFolders.read(TestWorkspace.caseFolder());
        try (EventStore store = EventStore.open(new Workspace(template), TestWorkspace.CAMEO)) {
            expectedFindings = CLI_JSON.valueToTree(CaseFindings.assess(c, CaseEvidence.of(c, store, TestWorkspace.CAMEO)));
            expectedVerdicts = CLI_JSON.valueToTree(new ClaimCheckRun(TestWorkspace.CAMEO)
                    .check(manuscript, TestWorkspace.caseFolder(), store, LocalDate.now()).verdicts());
        }
    }

    @Test
    void findingsAreTheCommandLinesWithTheWorkspacesEvidence() throws Exception {
        JsonNode findings = http.json("/api/findings");
        assertThat(findings.size()).isEqualTo(7);
        assertThat(findings).isEqualTo(expectedFindings);
        for (int i = 0; i < findings.size(); i++) {
            JsonNode score = findings.get(i).get("score");
            JsonNode expected = expectedFindings.get(i).get("score");
            assertThat(score.get("score").asDouble()).as(findings.get(i).get("finding").get("id").asText())
                    .isEqualTo(expected.get("score").asDouble());
            assertThat(score.get("strength").asText()).isEqualTo(expected.get("strength").asText());
        }
        // the workspace's coded events count: the suspension finding selects CAMEO 16 events of January 2018
        List<String> eventIds = new ArrayList<>();
        findings.forEach(f -> f.get("supporting").forEach(e -> {
            if (e.get("kind").asText().equals("EVENT")) {
                eventIds.add(e.get("id").asText());
            }
        }));
        assertThat(eventIds).contains("coder:t1", "coder:t3");
    }

    @Test
    void theFindingsPageListsEveryFindingWithItsEvidenceLinked() throws Exception {
        HttpResponse<String> page = http.get("/findings");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        for (JsonNode f : expectedFindings) {
            assertThat(html).contains("id=\"finding-" + f.get("finding").get("id").asText() + "\"");
        }
        assertThat(html).contains("href=\"/event?id=coder%3At1\"")
                .contains("href=\"/event?id=chronology%3Apak-usa%3A2018-01-04-security-assistance-suspended\"")
                .contains("Evidence against").contains("flag-contradicted")
                .doesNotContain("href=\"javascript:");
    }

    @Test
    void aManuscriptUploadGivesTheCommandLinesVerdicts() throws Exception {
        String token = http.token();
        HttpResponse<String> r = http.upload("/api/claims", "manuscript-pak-usa.md", Files.readAllBytes(manuscript), token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = Http.JSON.readTree(r.body());
        assertThat(report.get("manuscript").asText()).isEqualTo("manuscript-pak-usa.md");
        assertThat(report.get("verdicts").size()).isEqualTo(expectedVerdicts.size()).isGreaterThan(50);
        assertThat(report.get("verdicts")).isEqualTo(expectedVerdicts);
        assertThat(report.get("verdicts").findValuesAsText("verdict")).contains("CONTRADICTED", "SUPPORTED", "UNVERIFIED");
        assertThat(Files.exists(server.workspace.resolve("uploads/manuscripts/manuscript-pak-usa.md"))).isTrue();
    }

    @Test
    void theClaimsPageShowsAHostileManuscriptAsText() throws Exception {
        String token = http.token();
        String hostile = "# Draft\n\nIndia and the United States signed LEMOA in August 2017 "
                + "<script>window.pwned=1</script> <img src=x onerror=\"window.pwned=2\"> (Dawn 2017).\n";
        HttpResponse<String> r = http.upload("/claims", "draft.md", hostile.getBytes(StandardCharsets.UTF_8), token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"claims\"").contains("data-verdict=\"contradicted\"")
                .contains("&lt;script&gt;window.pwned=1&lt;/script&gt;").contains("&lt;img src=x onerror=")
                .doesNotContain("<script>window").doesNotContain("<img src=x");
    }

    @Test
    void badClaimUploadsAre400sNamingTheFile() throws Exception {
        String token = http.token();
        assertBadFile(http.upload("/api/claims", null, null, token));
        assertBadFile(http.upload("/api/claims", "paper.exe", "text".getBytes(StandardCharsets.UTF_8), token));
        assertBadFile(http.upload("/api/claims", "events.json", "[]".getBytes(StandardCharsets.UTF_8), token));
        assertBadFile(http.postJson("/api/claims", "{}", token, null));
        HttpResponse<String> unreadable = http.upload("/api/claims", "broken.pdf", "%PDF-1.7 not really".getBytes(
                StandardCharsets.US_ASCII), token);
        assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(422);
        assertThat(Http.JSON.readTree(unreadable.body()).get("parameter").asText()).isEqualTo("file");
        assertThat(Http.JSON.readTree(unreadable.body()).get("message").asText()).doesNotContain(dir.toString());
    }

    private static void assertBadFile(HttpResponse<String> r) throws Exception {
        assertBadParameter(r, "file");
    }

    @Test
    void aClaimCheckNeedsTheSessionToken() throws Exception {
        byte[] text = "LEMOA was signed in August 2016.".getBytes(StandardCharsets.UTF_8);
        assertThat(http.upload("/api/claims", "a.md", text, null).statusCode()).isEqualTo(403);
        String token = http.token();
        assertThat(http.upload("/api/claims", "a.md", text, token + "x").statusCode()).isEqualTo(403);
        assertThat(http.upload("/claims", "a.md", text, null).statusCode()).isEqualTo(403);
        assertThat(Files.exists(server.workspace.resolve("uploads/manuscripts/a.md"))).isFalse();
        assertThat(http.upload("/api/claims", "a.md", text, token).statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizeManuscriptIs413(@TempDir Path other) throws Exception {
        restartWithUploadLimit(other, 1024);
        String token = http.token();
        HttpResponse<String> r = http.upload("/api/claims", "big.md", "y".repeat(200_000).getBytes(StandardCharsets.UTF_8),
                token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    }

    @Test
    void withoutACaseThereAreNoFindingsAndNothingToCheckClaimsAgainst(@TempDir Path other) throws Exception {
        server.close();
        server = new ServerFixture(template, other, WebOptions.local(0), null);
        http = new Http(server);
        assertThat(http.json("/api/findings").size()).isZero();
        assertThat(http.get("/findings").body()).contains("without a case folder");
        HttpResponse<String> r = http.upload("/api/claims", "a.md", "LEMOA was signed in August 2016.".getBytes(
                StandardCharsets.UTF_8), http.token());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(Http.JSON.readTree(r.body()).get("message").asText()).contains("without a case");
    }
}
