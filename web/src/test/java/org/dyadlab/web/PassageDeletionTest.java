package org.dyadlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.web.data.CaseEvidenceCache;
import org.junit.jupiter.api.Test;

/**
 * Removing a passage coded by mistake: {@code DELETE /api/passages/{id}} and the document page's remove form, on a
 * real server per test.
 */
class PassageDeletionTest extends ServerTest {
    private static final String PASSAGES = "/api/documents/" + TestWorkspace.SPEECH + "/passages";

    private long code(String coder, int start, int end, String token) throws Exception {
        HttpResponse<String> r = http.postJson(PASSAGES, "{\"start\": " + start + ", \"end\": " + end
                + ", \"code\": \"strategic\", \"coder\": \"" + coder + "\"}", token, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Http.JSON.readTree(r.body()).get("id").asLong();
    }

    private List<Long> passageIds(String coder) throws Exception {
        List<Long> ids = new ArrayList<>();
        http.json(PASSAGES + "?coder=" + coder).forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    @Test
    void aPassageCodedByMistakeIsDeletedAndTheOtherCodersAgreementStaysAsItWas() throws Exception {
        String token = http.token();
        long mistake = code("alice", 0, 8, token);
        long kept = code("bob", 0, 8, token);
        JsonNode rulesAndBob = http.json("/api/agreement?a=rules&b=bob");

        HttpResponse<String> r = http.delete("/api/passages/" + mistake, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        assertThat(r.body()).isEmpty();
        assertThat(passageIds("alice")).isEmpty();
        assertThat(passageIds("bob")).containsExactly(kept);
        assertThat(http.json("/api/agreement?a=rules&b=bob")).isEqualTo(rulesAndBob);

        HttpResponse<String> again = http.delete("/api/passages/" + mistake, token);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(Http.JSON.readTree(again.body()).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void theMemoOnADeletedPassageGoesWithItAndIsNotShownOnThePassageCodedNext() throws Exception {
        String token = http.token();
        HttpResponse<String> r = http.postJson(PASSAGES, "{\"start\": 0, \"end\": 8, \"code\": \"strategic\", "
                + "\"coder\": \"alice\", \"memo\": \"coded by mistake\"}", token, null);
        long mistake = Http.JSON.readTree(r.body()).get("id").asLong();
        assertThat(http.json("/api/memos?target=passage").size()).isEqualTo(1);
        assertThat(http.delete("/api/passages/" + mistake, token).statusCode()).isEqualTo(204);
        assertThat(http.json("/api/memos?target=passage").size()).isZero();
        assertThat(code("alice", 9, 20, token)).isEqualTo(mistake);
        assertThat(http.get("/documents/" + TestWorkspace.SPEECH).body()).doesNotContain("coded by mistake");
    }

    @Test
    void theCasesEvidenceFollowsAPassageDeletedAndItsIdGivenToTheNextOne() throws Exception {
        CaseEvidenceCache evidence = new CaseEvidenceCache(server.workbench);
        String token = http.token();
        long id = code("alice", 0, 8, token);
        assertThat(evidence.current().orElseThrow().passage("passage:" + id).orElseThrow().codeId()).isEqualTo("strategic");
        assertThat(http.delete("/api/passages/" + id, token).statusCode()).isEqualTo(204);
        HttpResponse<String> r = http.postJson(PASSAGES, "{\"start\": 0, \"end\": 8, \"code\": \"political\", "
                + "\"coder\": \"alice\"}", token, null);
        assertThat(Http.JSON.readTree(r.body()).get("id").asLong()).isEqualTo(id);
        assertThat(evidence.current().orElseThrow().passage("passage:" + id).orElseThrow().codeId()).isEqualTo("political");
    }

    @Test
    void anIdThatIsNoPositiveWholeNumberIsA400NamingIt() throws Exception {
        String token = http.token();
        for (String id : new String[] {"abc", "0", "-3", "1.5", "99999999999999999999", "..x"}) {
            assertBadParameter(http.delete("/api/passages/" + id, token), "id");
        }
    }

    @Test
    void aPathTraversingIdIsRefusedWithA400() throws Exception {
        String token = http.token();
        long id = code("alice", 0, 8, token);
        for (String target : new String[] {"/api/passages/..%2Fx", "/api/passages/%2e%2e%2Fx",
            "/api/passages/..%2F" + id}) {
            HttpResponse<String> r = http.delete(target, token);
            assertThat(r.statusCode()).as(target + ": " + r.body()).isEqualTo(400);
        }
        assertThat(passageIds("alice")).containsExactly(id);
    }

    @Test
    void aDeleteWithoutTheTokenOrFromAnotherSiteIsRefused() throws Exception {
        String token = http.token();
        long id = code("alice", 0, 8, token);
        assertThat(http.delete("/api/passages/" + id, null).statusCode()).isEqualTo(403);
        assertThat(http.delete("/api/passages/" + id, token + "x").statusCode()).isEqualTo(403);
        assertThat(new Http(server).delete("/api/passages/" + id, token).statusCode())
                .as("another client, without the session cookie").isEqualTo(403);
        assertThat(passageIds("alice")).containsExactly(id);
    }

    @Test
    void thePagesRemoveFormDeletesThePassageAndShowsTheDocumentAgain() throws Exception {
        String token = http.token();
        long id = code("alice", 0, 8, token);
        String action = "/documents/" + TestWorkspace.SPEECH + "/passages/" + id + "/delete";
        String page = http.get("/documents/" + TestWorkspace.SPEECH).body();
        assertThat(page).contains("action=\"" + action + "\"");

        assertThat(http.postForm(action, "").statusCode()).as("no token").isEqualTo(403);
        assertThat(http.postForm("/documents/hostile/passages/" + id + "/delete", "_csrf=" + token).statusCode())
                .as("the passage is not in that document").isEqualTo(404);
        assertThat(http.postForm("/documents/" + TestWorkspace.SPEECH + "/passages/x/delete", "_csrf=" + token)
                .statusCode()).isEqualTo(400);
        assertThat(passageIds("alice")).containsExactly(id);

        HttpResponse<String> r = http.postForm(action, "_csrf=" + token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElse("")).isEqualTo("/documents/" + TestWorkspace.SPEECH
                + "#passages");
        assertThat(passageIds("alice")).isEmpty();
        assertThat(http.get("/documents/" + TestWorkspace.SPEECH).body()).doesNotContain("data-coder=\"alice\"")
                .doesNotContain(action);
    }
}
