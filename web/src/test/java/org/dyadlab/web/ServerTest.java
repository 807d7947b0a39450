package org.dyadlab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of the API tests: the test workspace built once per class, and a real server per test on a free port
 * over a fresh copy of it, with a client that keeps the session.
 */
abstract class ServerTest {
    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;
    ServerFixture server;
    Http http;

    @BeforeAll
    static void buildTemplate() throws Exception {
        template = shared.resolve("template");
        TestWorkspace.build(template);
    }

    @BeforeEach
    void start() throws Exception {
        server = new ServerFixture(template, dir, WebOptions.local(0));
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Replaces the test's server with one whose uploads may have at most {@code maxUploadBytes}. */
    void restartWithUploadLimit(Path other, long maxUploadBytes) throws Exception {
        server.close();
        server = new ServerFixture(template, other, new WebOptions("127.0.0.1", 0, maxUploadBytes, true));
        http = new Http(server);
    }

    /** A 400 in JSON that names the parameter and says why. */
    static void assertBadParameter(HttpResponse<String> r, String parameter) throws Exception {
        assertThat(r.statusCode()).as(r.uri() + ": " + r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = Http.JSON.readTree(r.body());
        assertThat(body.get("error").asText()).isEqualTo("invalid_parameter");
        assertThat(body.get("parameter").asText()).as(r.body()).isEqualTo(parameter);
        assertThat(body.get("message").asText()).isNotBlank();
    }
}
