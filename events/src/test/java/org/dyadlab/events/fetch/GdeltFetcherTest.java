package org.dyadlab.events.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dyadlab.events.fetch.FetchedFile.Status;
import org.dyadlab.events.fetch.GdeltTestServer.Fault;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.event.Dyad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching from a GDELT mirror on 127.0.0.1: verification, resume, retries with backoff, reports, dyad filter. */
class GdeltFetcherTest {
    private static final LocalDate DAY1 = LocalDate.of(2018, 1, 4);
    private static final LocalDate DAY2 = LocalDate.of(2018, 1, 5);

    @TempDir
    Path dir;

    private GdeltTestServer server;
    private final List<Duration> pauses = new ArrayList<>();
    private GdeltFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new GdeltTestServer();
        fetcher = new GdeltFetcher(GdeltFetcher.defaultClient(Duration.ofSeconds(5)), pauses::add);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Synthetic GDELT 1.0 daily rows: the 2.0 export less its three ADM2 columns (58 columns). */
    static String gdelt1Rows(int n, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticGdelt(n, seed, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 5), "PAK", "USA", 10).write(out);
        StringBuilder s = new StringBuilder();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            List<String> cols = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
            cols.remove(55);
            cols.remove(47);
            cols.remove(39);
            s.append(String.join("\t", cols)).append('\n');
        }
        return s.toString();
    }

    private FetchOptions.Builder v1(LocalDate from, LocalDate to) {
        return FetchOptions.builder(1, from, to, dir.resolve("downloads")).baseUri(server.base(1))
                .firstBackoff(Duration.ofSeconds(1)).retries(2);
    }

    private byte[] addDay(LocalDate day, int rows) throws Exception {
        return server.addZipped(day.toString().replace("-", "") + ".export.CSV.zip", gdelt1Rows(rows, day.getDayOfMonth()));
    }

    @Test
    void downloadsTheListedFilesOfTheRangeVerifiedAndSkipsThemOnARerun() throws Exception {
        byte[] one = addDay(DAY1, 300);
        addDay(DAY2, 300);
        addDay(LocalDate.of(2018, 1, 6), 10);

        FetchReport first = fetcher.fetch(v1(DAY1, DAY2).build(), FetchListener.NONE);

        assertThat(first.files()).extracting(FetchedFile::status).containsExactly(Status.DOWNLOADED, Status.DOWNLOADED);
        assertThat(first.files().get(0).path()).hasBinaryContent(one);
        assertThat(first.listProblems()).isEmpty();
        assertThat(server.fileRequests("20180106")).isZero();
        try (var files = Files.list(dir.resolve("downloads"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        FetchReport again = fetcher.fetch(v1(DAY1, DAY2).build(), FetchListener.NONE);
        assertThat(again.files()).extracting(FetchedFile::status)
                .containsExactly(Status.ALREADY_COMPLETE, Status.ALREADY_COMPLETE);
        assertThat(server.fileRequests("20180104.export")).isEqualTo(1);
    }

    @Test
    void aTruncatedTransferIsResumedWithARangeRequest() throws Exception {
        byte[] one = addDay(DAY1, 2000);
        server.fault("20180104.export.CSV.zip", Fault.TRUNCATE);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).build(), FetchListener.NONE);

        assertThat(r.files().get(0).status()).isEqualTo(Status.DOWNLOADED);
        assertThat(r.files().get(0).attempts()).isEqualTo(2);
        assertThat(r.files().get(0).path()).hasBinaryContent(one);
        assertThat(server.requests).last().asString().matches("20180104.export.CSV.zip bytes=[1-9][0-9]*-");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aPartLeftByAnInterruptedRunIsResumed() throws Exception {
        byte[] one = addDay(DAY1, 2000);
        Files.createDirectories(dir.resolve("downloads"));
        Files.write(dir.resolve("downloads/20180104.export.CSV.zip.part"), Arrays.copyOf(one, 1000));

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).build(), FetchListener.NONE);

        assertThat(r.files().get(0).attempts()).isEqualTo(1);
        assertThat(r.files().get(0).path()).hasBinaryContent(one);
        assertThat(server.requests).contains("20180104.export.CSV.zip bytes=1000-");
    }

    @Test
    void aCorruptPartIsDiscardedAndTheFileFetchedAgainWhole() throws Exception {
        byte[] one = addDay(DAY1, 2000);
        Files.createDirectories(dir.resolve("downloads"));
        byte[] bad = Arrays.copyOf(one, 1000);
        bad[10] ^= 1;
        Files.write(dir.resolve("downloads/20180104.export.CSV.zip.part"), bad);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).build(), FetchListener.NONE);

        assertThat(r.files().get(0).attempts()).isEqualTo(2);
        assertThat(r.files().get(0).path()).hasBinaryContent(one);
    }

    @Test
    void checksumMismatchesAreRetriedWithDoublingPauses() throws Exception {
        byte[] one = addDay(DAY1, 500);
        server.fault("20180104.export.CSV.zip", Fault.CORRUPT, Fault.CORRUPT);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).build(), FetchListener.NONE);

        assertThat(r.files().get(0).status()).isEqualTo(Status.DOWNLOADED);
        assertThat(r.files().get(0).attempts()).isEqualTo(3);
        assertThat(r.files().get(0).path()).hasBinaryContent(one);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void droppedConnectionsAreRetriedThenReported() throws Exception {
        addDay(DAY1, 500);
        Fault[] drops = new Fault[20];
        Arrays.fill(drops, Fault.DROP);
        server.fault("20180104.export.CSV.zip", drops);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).build(), FetchListener.NONE);

        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.attempts()).isEqualTo(3);
            assertThat(f.problem()).isNotBlank();
        });
        assertThat(server.fileRequests("20180104.export")).isGreaterThanOrEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aFileThatKeepsFailingIsReportedAfterTheLastRetryAndTheOthersStillCome() throws Exception {
        addDay(DAY1, 500);
        addDay(DAY2, 500);
        server.fault("20180104.export.CSV.zip", Fault.CORRUPT, Fault.CORRUPT, Fault.CORRUPT, Fault.CORRUPT);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY2).build(), FetchListener.NONE);

        assertThat(r.failed()).hasSize(1);
        FetchedFile failed = r.failed().get(0);
        assertThat(failed.entry().name()).isEqualTo("20180104.export.CSV.zip");
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.problem()).contains("MD5").contains("does not match");
        assertThat(r.verified()).extracting(f -> f.entry().name()).containsExactly("20180105.export.CSV.zip");
        assertThat(dir.resolve("downloads/20180104.export.CSV.zip")).doesNotExist();
        assertThat(dir.resolve("downloads/20180104.export.CSV.zip.part")).doesNotExist();
    }

    @Test
    void aMissingFileIsReportedAtOnceWithoutRetries() throws Exception {
        addDay(DAY1, 50);
        server.fault("20180104.export.CSV.zip", Fault.NOT_FOUND);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).build(), FetchListener.NONE);

        assertThat(r.failed()).singleElement().satisfies(f -> {
            assertThat(f.attempts()).isEqualTo(1);
            assertThat(f.problem()).contains("HTTP 404");
        });
        assertThat(pauses).isEmpty();
    }

    @Test
    void aDyadFetchKeepsOnlyTheDyadsRowsAndTheMalformedOnes() throws Exception {
        String rows = gdelt1Rows(3000, 7) + "not\ta\tgdelt\trow\n";
        server.addZipped("20180104.export.CSV.zip", rows);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).dyad(Dyad.parse("PAK-USA")).build(), FetchListener.NONE);

        FetchedFile f = r.files().get(0);
        assertThat(f.path().getFileName().toString()).isEqualTo("20180104.export.PAK-USA.CSV");
        List<String> expected = Arrays.stream(rows.split("\n")).filter(l -> {
            String[] c = l.split("\t", -1);
            return c.length != 58 || (c[7] + c[17]).equals("PAKUSA") || (c[7] + c[17]).equals("USAPAK");
        }).toList();
        assertThat(Files.readAllLines(f.path())).isEqualTo(expected);
        assertThat(expected).hasSizeBetween(200, 600).contains("not\ta\tgdelt\trow");
        assertThat(f.rowsRead()).isEqualTo(3001);
        assertThat(f.rowsKept()).isEqualTo(expected.size());
    }

    @Test
    void aDyadFetchInterruptedMidStreamIsRestartedAndVerified() throws Exception {
        server.addZipped("20180104.export.CSV.zip", gdelt1Rows(3000, 7));
        server.fault("20180104.export.CSV.zip", Fault.TRUNCATE, Fault.CORRUPT);

        FetchReport r = fetcher.fetch(v1(DAY1, DAY1).dyad(Dyad.parse("PAK-USA")).build(), FetchListener.NONE);

        assertThat(r.files().get(0).status()).isEqualTo(Status.DOWNLOADED);
        assertThat(r.files().get(0).attempts()).isEqualTo(3);
        assertThat(server.requests.stream().filter(q -> q.contains("bytes=")).collect(Collectors.toList())).isEmpty();
    }

    @Test
    void gdelt2ExportsComeFromTheMasterFileListAndTheBaseUrlReplacesItsHost() throws Exception {
        byte[] a = server.addZipped("20180104000000.export.CSV.zip", "x\n");
        server.addZipped("20180104001500.export.CSV.zip", "y\n");
        server.addZipped("20180106000000.export.CSV.zip", "z\n");

        FetchOptions o = FetchOptions.builder(2, DAY1, DAY2, dir.resolve("v2")).baseUri(server.base(2)).build();
        FetchReport r = fetcher.fetch(o, FetchListener.NONE);

        assertThat(r.files()).extracting(f -> f.entry().name())
                .containsExactly("20180104000000.export.CSV.zip", "20180104001500.export.CSV.zip");
        assertThat(r.files().get(0).path()).hasBinaryContent(a);
        assertThat(server.requests).noneMatch(q -> q.contains("mentions"));
    }
}
