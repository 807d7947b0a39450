package org.dyadlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API on a real server per test (a free port, a fresh copy of the test workspace). */
class ApiTest extends ServerTest {
    private void assertBadParameter(String path, String parameter) throws Exception {
        assertBadParameter(http.get(path), parameter);
    }

    @Test
    void theOverviewNamesTheCaseItsPeriodsAndFindings() throws Exception {
        JsonNode o = http.json("/api/case");
        assertThat(o.get("name").asText()).isEqualTo("pak-usa");
        assertThat(o.get("dyad").asText()).isEqualTo("PAK-USA");
        assertThat(o.get("periods").size()).isGreaterThanOrEqualTo(4);
        assertThat(o.get("findings").size()).isGreaterThanOrEqualTo(3);
        assertThat(o.get("documents").asLong()).isEqualTo(2);
    }

    @Test
    void theMonthlySeriesCoversTheRangeWithPeriodsAndMarkers() throws Exception {
        JsonNode s = http.json("/api/series?dyad=PAK-USA&metric=goldstein_mean&interval=month&from=2013-01-01&to=2025-12-31");
        assertThat(s.get("points").size()).isEqualTo(13 * 12);
        assertThat(s.get("points").get(0).get("start").asText()).isEqualTo("2013-01-01");
        assertThat(s.get("periods").size()).isGreaterThanOrEqualTo(4);
        assertThat(s.get("markers").size()).isGreaterThan(20);
        assertThat(s.get("markers").get(0).get("eventId").asText()).startsWith("chronology:pak-usa:");
        JsonNode jan2018 = s.get("points").get(5 * 12);
        assertThat(jan2018.get("start").asText()).isEqualTo("2018-01-01");
        assertThat(jan2018.get("events").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode b = http.json("/api/breaks?dyad=PAK-USA&metric=goldstein_mean&interval=quarter");
        assertThat(b.get("metric").asText()).isEqualTo("goldstein_mean");
        assertThat(b.has("breaks")).isTrue();
    }

    @Test
    void badSeriesParametersAre400sNamingTheParameter() throws Exception {
        assertBadParameter("/api/series?interval=fortnight", "interval");
        assertBadParameter("/api/series?metric=happiness", "metric");
        assertBadParameter("/api/series?dyad=PAKISTAN", "dyad");
        assertBadParameter("/api/series?from=2018-13-01", "from");
        assertBadParameter("/api/series?from=2019-01-01&to=2018-01-01", "to");
        assertBadParameter("/api/series?normalization=per-capita", "normalization");
        assertBadParameter("/api/series?directed=maybe", "directed");
        assertBadParameter("/api/series?periods=/etc/passwd", "periods");
        assertBadParameter("/api/series?origin=gdelt2'--", "origin");
        assertBadParameter("/api/events?limit=0", "limit");
        assertBadParameter("/api/events?limit=100000", "limit");
        assertBadParameter("/api/events?offset=-3", "offset");
        assertBadParameter("/api/events?dyad=all&directed=true", "directed");
        assertBadParameter("/api/search", "q");
        assertBadParameter("/api/search?q=%22unclosed", "q");
        assertBadParameter("/api/chronology?factor=%3Cscript%3E", "factor");
        assertBadParameter("/api/indicators/series?indicator=us_aid_obligations", "subject");
        assertBadParameter("/api/agreement?a=rules&b=rules", "b");
        assertBadParameter("/api/documents/speech-2018?length=0", "length");
    }

    @Test
    void theDrillDownListsAMonthsEventsWithTheirOrigins() throws Exception {
        JsonNode page = http.json("/api/events?dyad=PAK-USA&from=2018-01-01&to=2018-01-31");
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("events").findValuesAsText("id")).contains("coder:t1", "coder:t2", "coder:t3");
        JsonNode first = page.get("events").get(0);
        assertThat(first.get("source").has("country")).isTrue();
        assertThat(first.has("goldstein")).isTrue();
        JsonNode coded = http.json("/api/events?dyad=PAK-USA&from=2018-01-01&to=2018-01-31&origin=coder&limit=2");
        assertThat(coded.get("total").asLong()).isEqualTo(3);
        assertThat(coded.get("events").size()).isEqualTo(2);
    }

    @Test
    void anEventLeadsToItsSentenceWithTheActorsHighlighted() throws Exception {
        JsonNode d = http.json("/api/event?id=coder:t1");
        JsonNode ev = d.get("evidence");
        assertThat(ev.get("kind").asText()).isEqualTo("document");
        JsonNode doc = ev.get("document");
        assertThat(doc.get("documentId").asText()).isEqualTo(TestWorkspace.SPEECH);
        assertThat(doc.get("text").asText()).isEqualTo("The United States suspended security assistance to Pakistan in January.");
        assertThat(doc.get("highlights").size()).isEqualTo(2);
        assertThat(ev.get("url").isNull()).as("a javascript: source address is no link").isTrue();
    }

    @Test
    void aChronologyEventLeadsToItsEntryAndSources() throws Exception {
        String id = http.json("/api/series?interval=year").get("markers").get(0).get("eventId").asText();
        JsonNode ev = http.json("/api/event?id=" + java.net.URLEncoder.encode(id, "UTF-8")).get("evidence");
        assertThat(ev.get("kind").asText()).isEqualTo("chronology");
        assertThat(ev.get("chronology").get("sources").size()).isGreaterThanOrEqualTo(1);
        assertThat(http.get("/api/event?id=no:such").statusCode()).isEqualTo(404);
    }

    @Test
    void searchReturnsSnippetsWithTheMatchedWordsAsSpans() throws Exception {
        JsonNode r = http.json("/api/search?q=%22safe+havens%22");
        assertThat(r.get("total").asLong()).isEqualTo(1);
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("documentId").asText()).isEqualTo(TestWorkspace.SPEECH);
        JsonNode snippet = hit.get("snippets").get(0);
        JsonNode h = snippet.get("highlights").get(0);
        int offset = snippet.get("start").asInt();
        assertThat(snippet.get("text").asText().substring(h.get("start").asInt() - offset, h.get("end").asInt() - offset))
                .isEqualTo("safe havens");
    }

    @Test
    void theChronologyFiltersByFactorAndIndicatorsAreGroupedByFactor() throws Exception {
        JsonNode c = http.json("/api/chronology?factor=economic");
        assertThat(c.get("entries").size()).isGreaterThan(5);
        assertThat(c.get("entries").findValuesAsText("factor")).containsOnly("economic");
        JsonNode f = http.json("/api/indicators");
        JsonNode economic = null;
        for (JsonNode x : f) {
            if (x.get("factor").asText().equals("economic")) {
                economic = x;
            }
        }
        assertThat(economic).isNotNull();
        assertThat(economic.get("series").findValuesAsText("indicator")).contains("us_aid_obligations");
        JsonNode aid = http.json("/api/indicators/series?indicator=us_aid_obligations&subject=PAK");
        assertThat(aid.get("values").size()).isGreaterThan(10);
    }

    @Test
    void codingNeedsTheSessionTokenAndIsListedAfterwards() throws Exception {
        String body = "{\"start\": 0, \"end\": 8, \"code\": \"strategic\", \"coder\": \"alice\", \"memo\": \"<b>why</b>\"}";
        HttpResponse<String> noToken = http.postJson("/api/documents/speech-2018/passages", body, null, null);
        assertThat(noToken.statusCode()).isEqualTo(403);
        String token = http.token();
        HttpResponse<String> crossSite = http.postJson("/api/documents/speech-2018/passages", body, token,
                "http://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongToken = http.postJson("/api/documents/speech-2018/passages", body, token + "x", null);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        HttpResponse<String> ok = http.postJson("/api/documents/speech-2018/passages", body, token,
                server.url("").replaceAll("/$", ""));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(Http.JSON.readTree(ok.body()).get("quote").asText()).isEqualTo("Pakistan");
        JsonNode passages = http.json("/api/documents/speech-2018/passages?coder=alice");
        assertThat(passages.size()).isEqualTo(1);
        java.util.List<String> coders = new java.util.ArrayList<>();
        http.json("/api/coders").forEach(c -> coders.add(c.asText()));
        assertThat(coders).containsExactly("alice", "rules");
        JsonNode agreement = http.json("/api/agreement?a=rules&b=alice");
        assertThat(agreement.get("codes").size()).isGreaterThan(0);
        assertThat(http.json("/api/memos?target=passage").get(0).get("text").asText()).isEqualTo("<b>why</b>");
    }

    @Test
    void badWritesAre400sOr422s() throws Exception {
        String token = http.token();
        String path = "/api/documents/speech-2018/passages";
        assertThat(status(http.postJson(path, "{\"start\": 5, \"end\": 2, \"code\": \"strategic\", \"coder\": \"a\"}",
                token, null))).isEqualTo(400);
        assertThat(status(http.postJson(path, "{\"start\": 0, \"end\": 2, \"code\": \"no.such\", \"coder\": \"a\"}",
                token, null))).isEqualTo(400);
        assertThat(status(http.postJson(path, "{\"start\": 0, \"end\": 2, \"code\": \"strategic\", \"coder\": \"rules\"}",
                token, null))).isEqualTo(400);
        assertThat(status(http.postJson(path, "{\"start\": 0, \"end\": 99999, \"code\": \"strategic\", \"coder\": \"a\"}",
                token, null))).isEqualTo(422);
        assertThat(status(http.postJson(path, "not json", token, null))).isEqualTo(400);
        assertThat(status(http.postJson("/api/documents/nope/passages",
                "{\"start\": 0, \"end\": 2, \"code\": \"strategic\", \"coder\": \"a\"}", token, null))).isEqualTo(422);
        assertThat(status(http.postJson("/api/memos", "{\"target\": \"planet\", \"targetId\": \"x\", \"author\": \"a\", "
                + "\"text\": \"t\"}", token, null))).isEqualTo(400);
    }

    private static int status(HttpResponse<String> r) {
        return r.statusCode();
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        int port = server.server.port();
        for (String target : new String[] {"/api/documents/..%2F..%2F..%2Fetc%2Fpasswd", "/api/documents/%2e%2e",
            "/documents/..%2F..%2Fdyadlab.duckdb", "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
            "/webjars/../../../etc/passwd", "/static/..%2f..%2fdyadlab.duckdb", "/api/documents/.hidden"}) {
            int code = Http.raw(port, target, "127.0.0.1:" + port);
            assertThat(code).as(target).isIn(400, 404);
        }
        assertThat(http.get("/static/dashboard.js").statusCode()).isEqualTo(200);
    }

    @Test
    void anUploadIsKeptInsideTheWorkspaceWhateverItsName() throws Exception {
        String token = http.token();
        HttpResponse<String> r = http.upload("../../../escape.txt", "Pakistan and the United States met.".getBytes(),
                token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(Files.exists(server.workspace.resolve("uploads/escape.txt"))).isTrue();
        assertThat(Files.exists(dir.resolve("escape.txt"))).isFalse();
        assertThat(http.upload("evil.exe", new byte[] {1, 2}, token).statusCode()).isEqualTo(400);
        assertThat(http.upload("a.txt", "x".getBytes(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void anOversizeUploadIs413(@TempDir Path other) throws Exception {
        restartWithUploadLimit(other, 1024);
        String token = http.token();
        HttpResponse<String> r = http.upload("big.txt", "y".repeat(200_000).getBytes(), token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    }

    @Test
    void aForeignHostIsRefusedAgainstDnsRebinding() throws Exception {
        int port = server.server.port();
        assertThat(Http.raw(port, "/api/case", "evil.example:" + port)).isEqualTo(403);
        assertThat(Http.raw(port, "/api/case", "localhost:" + port)).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/", "/api/case", "/static/dashboard.js", "/api/nope"}) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).as(path).isEqualTo("nosniff");
        }
        HttpResponse<String> notFound = http.get("/api/nope");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(Http.JSON.readTree(notFound.body()).get("error").asText()).isEqualTo("not_found");
        assertThat(new Http(server).get("/").headers().allValues("Set-Cookie").toString()).contains("SameSite=Strict")
                .contains("HttpOnly");
    }
}
