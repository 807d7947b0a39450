package org.dyadlab.events.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetched files go through the ordinary import; a re-run imports nothing twice and reads nothing again. */
class FetchImportTest {
    private static final LocalDate DAY = LocalDate.of(2018, 1, 4);

    @TempDir
    Path dir;

    private FetchReport fetch(GdeltTestServer server, FetchOptions o) throws Exception {
        return new GdeltFetcher(GdeltFetcher.defaultClient(Duration.ofSeconds(5)), d -> { }).fetch(o, FetchListener.NONE);
    }

    private List<FetchImport.Imported> importInto(Path ws, FetchReport r, int version) {
        try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard())) {
            return new FetchImport(store, CameoOntology.standard()).importAll(r, version,
                    ImportOptions.builder(ws.resolve("rejects")).build(), f -> ProgressListener.NONE);
        }
    }

    private long count(Path ws) {
        try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard())) {
            return store.countEvents();
        }
    }

    @Test
    void aDyadFetchImportsTheDyadsEventsOnceAndARerunSkipsTheFile() throws Exception {
        try (GdeltTestServer server = new GdeltTestServer()) {
            server.addZipped("20180104.export.CSV.zip", GdeltFetcherTest.gdelt1Rows(2000, 3) + "bad\trow\n");
            FetchOptions o = FetchOptions.builder(1, DAY, DAY, dir.resolve("dl")).baseUri(server.base(1))
                    .dyad(Dyad.parse("USA-PAK")).build();
            Path ws = dir.resolve("ws");

            List<FetchImport.Imported> first = importInto(ws, fetch(server, o), 1);
            assertThat(first).singleElement().satisfies(i -> {
                assertThat(i.skipped()).isFalse();
                assertThat(i.summary().imported()).isPositive();
                assertThat(i.summary().rejected()).isEqualTo(1);
                assertThat(i.summary().firstRejects().get(0).message()).contains("20180104.export.USA-PAK.CSV:");
            });
            long stored = count(ws);
            try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard())) {
                assertThat(store.count(EventQuery.of(Dyad.parse("PAK-USA"), false))).isEqualTo(stored);
            }

            List<FetchImport.Imported> again = importInto(ws, fetch(server, o), 1);
            assertThat(again).singleElement().satisfies(i -> assertThat(i.skipped()).isTrue());
            assertThat(count(ws)).isEqualTo(stored);
            assertThat(server.fileRequests("20180104.export")).isEqualTo(1);
        }
    }

    @Test
    @SharedDataTest
    void theRealGdelt2SampleFetchedAndImportedEqualsTheDirectImport() throws Exception {
        Path sample = SharedData.resolve("gdelt-spark-gdelt/samples/events.csv");
        try (GdeltTestServer server = new GdeltTestServer()) {
            server.addZipped("20150218230000.export.CSV.zip", Files.readString(sample, StandardCharsets.UTF_8));
            FetchOptions o = FetchOptions.builder(2, LocalDate.of(2015, 2, 18), LocalDate.of(2015, 2, 18), dir.resolve("dl"))
                    .baseUri(server.base(2)).build();
            List<FetchImport.Imported> fetched = importInto(dir.resolve("ws"), fetch(server, o), 2);

            FetchReport direct = new FetchReport(List.of(new FetchedFile(new GdeltFileEntry("events.csv",
                    sample.toUri(), -1, "0".repeat(32), LocalDate.of(2015, 2, 18)), sample,
                    FetchedFile.Status.ALREADY_COMPLETE, 0, null, -1, -1)), List.of());
            List<FetchImport.Imported> plain = importInto(dir.resolve("ws-direct"), direct, 2);

            assertThat(fetched.get(0).summary().read()).isEqualTo(100);
            assertThat(fetched.get(0).summary().imported()).isEqualTo(plain.get(0).summary().imported());
            assertThat(fetched.get(0).summary().rejected()).isEqualTo(plain.get(0).summary().rejected());
            assertThat(count(dir.resolve("ws"))).isEqualTo(count(dir.resolve("ws-direct")));
        }
    }

    @Test
    @SharedDataTest
    void theRealGdelt1SampleFetchedForADyadKeepsExactlyThatDyadsEvents() throws Exception {
        Path sample = SharedData.resolve("gdelt-spark-gdelt/samples/events1.csv");
        try (GdeltTestServer server = new GdeltTestServer()) {
            server.addZipped("20130401.export.CSV.zip", Files.readString(sample, StandardCharsets.UTF_8));
            FetchOptions o = FetchOptions.builder(1, LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1), dir.resolve("dl"))
                    .baseUri(server.base(1)).dyad(Dyad.parse("GBR-CHN")).build();
            FetchReport fetched = fetch(server, o);
            assertThat(fetched.files().get(0).rowsRead()).isEqualTo(100);
            importInto(dir.resolve("ws"), fetched, 1);

            FetchReport direct = new FetchReport(List.of(new FetchedFile(new GdeltFileEntry("events1.csv",
                    sample.toUri(), -1, "0".repeat(32), LocalDate.of(2013, 4, 1)), sample,
                    FetchedFile.Status.ALREADY_COMPLETE, 0, null, -1, -1)), List.of());
            importInto(dir.resolve("ws-direct"), direct, 1);

            try (EventStore filtered = EventStore.open(new Workspace(dir.resolve("ws")), CameoOntology.standard());
                 EventStore whole = EventStore.open(new Workspace(dir.resolve("ws-direct")), CameoOntology.standard())) {
                List<org.dyadlab.model.event.Event> kept = new java.util.ArrayList<>();
                filtered.forEachEvent(EventQuery.ALL, kept::add);
                List<org.dyadlab.model.event.Event> dyad = new java.util.ArrayList<>();
                whole.forEachEvent(EventQuery.of(Dyad.parse("CHN-GBR"), false), dyad::add);
                assertThat(dyad).hasSizeGreaterThanOrEqualTo(2);
                assertThat(kept).isEqualTo(dyad);
            }
        }
    }
}
