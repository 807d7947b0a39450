package org.dyadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyadlab fetch gdelt} against a GDELT 2.0 mirror on 127.0.0.1 (one export file, one missing). */
class FetchGdeltCommandTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        new SyntheticGdelt(1000, 5, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 4), "PAK", "USA", 20).write(rows);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("20180104000000.export.CSV"));
            zip.write(rows.toByteArray());
        }
        byte[] file = zipped.toByteArray();
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file));
        String list = file.length + " " + md5 + " http://data.gdeltproject.org/gdeltv2/20180104000000.export.CSV.zip\n"
                + "100 " + md5 + " http://data.gdeltproject.org/gdeltv2/20180104001500.export.CSV.zip\n";
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] body = path.endsWith("masterfilelist.txt") ? list.getBytes(StandardCharsets.UTF_8)
                    : path.endsWith("20180104000000.export.CSV.zip") ? file : null;
            try (ex) {
                ex.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
                if (body != null) {
                    try (OutputStream os = ex.getResponseBody()) {
                        os.write(body);
                    }
                }
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/gdeltv2/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Cli fetch() {
        return Cli.run("fetch", "gdelt", "--version", "2", "--from", "2018-01-04", "--to", "2018-01-04", "--dyad",
                "PAK-USA", "--base-url", base, "--retries", "0", "-q", "-w", dir.resolve("ws").toString());
    }

    @Test
    void fetchesImportsAndReportsTheMissingFileThenARerunImportsNothingTwice() {
        Cli first = fetch();
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out()).contains("fetched 2 files", "1 downloaded and verified", "1 failed",
                "20180104000000.export.PAK-USA.CSV (gdelt2): read ", "duplicates 0");
        assertThat(first.err()).contains("1 of 2 files could not be fetched",
                "20180104001500.export.CSV.zip: HTTP 404");

        Cli again = fetch();
        assertThat(again.out()).contains("1 already complete", "already imported");
        Cli info = Cli.run("info", "-w", dir.resolve("ws").toString());
        assertThat(info.exit()).isZero();
    }

    @Test
    void aReversedRangeIsAUsageError() {
        Cli r = Cli.run("fetch", "gdelt", "--from", "2018-01-05", "--to", "2018-01-04", "-w", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--from 2018-01-05 is after --to 2018-01-04");
    }
}
