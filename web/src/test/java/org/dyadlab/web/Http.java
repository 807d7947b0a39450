package org.dyadlab.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A browser-like client for the API tests: keeps cookies, reads JSON, can send the session's CSRF token. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final ServerFixture server;

    Http(ServerFixture server) {
        this.server = server;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The token of this client's session (the cookie comes with it). */
    String token() throws Exception {
        return json("/api/session").get("csrfToken").asText();
    }

    HttpResponse<String> postJson(String path, String body, String token, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A DELETE, with the token as the header when given. */
    HttpResponse<String> delete(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).DELETE();
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String fileName, byte[] content, String token) throws Exception {
        return upload("/api/documents", fileName, content, token);
    }

    /**
     * A multipart POST with the field "kind" and, unless {@code fileName} is null, the field "file"; the token as the
     * header when given.
     */
    HttpResponse<String> upload(String path, String fileName, byte[] content, String token) throws Exception {
        String boundary = "dyadlabBoundary7MA4YWxk";
        String kind = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nnews\r\n";
        byte[] head = (fileName == null ? kind : kind + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        if (fileName == null) {
            content = new byte[0];
        }
        byte[] tail = ((fileName == null ? "" : "\r\n") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            b.header("X-CSRF-Token", token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand (a Host header, a path the client would normalise): the status line's code. */
    static int raw(int port, String requestTarget, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            String status = response.lines().findFirst().orElse("");
            if (response.contains("root:x:0:0")) {
                throw new AssertionError("the server answered with /etc/passwd for " + requestTarget);
            }
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
