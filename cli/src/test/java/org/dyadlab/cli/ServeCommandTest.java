package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyadlab serve}: refuses what it cannot serve, and serves the demo workspace on loopback. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithoutAStoreIsAUsageError() {
        Cli r = Cli.run("serve", "-w", dir.resolve("empty").toString(), "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no dyadlab store");
    }

    @Test
    void badPortAndCaseAreUsageErrors() {
        assertThat(Cli.run("serve", "--port", "70000").exit()).isEqualTo(2);
        assertThat(Cli.run("serve", "--port", "0", "--case", dir.toString()).err()).contains("not a case folder");
    }

    @Test
    void itServesTheDemoWorkspaceOnLoopbackAndPrintsTheUrl() throws Exception {
        Path ws = dir.resolve("demo");
        assertThat(Cli.run("demo", "-w", ws.toString(), "--no-data").exit()).isZero();
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> cl.execute("serve", "-w", ws.toString(), "--port", "0"));
        Pattern url = Pattern.compile("Open (http://127\\.0\\.0\\.1:\\d+/)");
        String base = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (base == null && System.nanoTime() < deadline && !run.isDone()) {
            Matcher m = url.matcher(out.toString());
            if (m.find()) {
                base = m.group(1);
            } else {
                Thread.onSpinWait();
            }
        }
        assertThat(base).as(out + err.toString()).isNotNull();
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/case"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"name\":\"pak-usa\"");
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        serve.stop.countDown();
        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
    }
}
