package org.dyadlab.events.phoenix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.events.Collected;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.ProgressListener;
import org.dyadlab.events.Reject;
import org.dyadlab.events.Zipped;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.cameo.QuadClass;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Phoenix reader on a hand-made fixture in the layout phoenix_pipeline's postprocess.py writes
 * (src/test/resources/fixtures/phoenix-sample.txt; invented records, not Phoenix data): 15 lines, one blank, seven
 * valid Pakistan-US (and one UN, one unknown-target) events, seven malformed records.
 */
class PhoenixReaderTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/phoenix-sample.txt");
    private static final CameoOntology CAMEO = CameoOntology.standard();

    @TempDir
    Path dir;

    private static Collected read(Path file) throws Exception {
        return Collected.read(new EventReaders(CAMEO).forFormat(EventFormat.PHOENIX), file);
    }

    @Test
    void everyValidRowBecomesAnEventAndEveryBadRowARejectWithItsLineFieldAndReason() throws Exception {
        Collected c = read(FIXTURE);
        assertThat(c.read).isEqualTo(14);
        assertThat(c.events).extracting(Event::id).containsExactly("phoenix:5000001", "phoenix:5000002",
                "phoenix:5000003", "phoenix:5000004", "phoenix:5000005", "phoenix:5000006", "phoenix:5000014");
        assertThat(c.lines).containsExactly(1L, 2L, 3L, 4L, 5L, 7L, 15L);
        assertThat(c.rejects).extracting(Reject::line, Reject::field, Reject::reason).containsExactly(
                tuple(8L, "Date", "not a calendar date in YYYYMMDD form: '20170230'"),
                tuple(9L, "Year", "'2016' contradicts Date 20170107"),
                tuple(10L, "EventCode", "unknown CAMEO event code '999'"),
                tuple(11L, "EventRootCode", "'05' is not the root of EventCode 042"),
                tuple(12L, Reject.WHOLE_RECORD, "20 columns, expected 26 (Phoenix daily file)"),
                tuple(13L, "GoldsteinScore", "not a number in [-10, 10]: 'abc'"),
                tuple(14L, "EventID", "not a whole number: 'x12'"));
        assertThat(c.rejects).allSatisfy(r -> {
            assertThat(r.file()).isEqualTo(FIXTURE.toString());
            assertThat(r.raw()).isNotEmpty();
        });
    }

    @Test
    void aPakistanUsVisitMapsToTheEventSchema() throws Exception {
        Event visit = read(FIXTURE).byId("phoenix:5000001");
        assertThat(visit.date()).isEqualTo(LocalDate.of(2017, 1, 5));
        assertThat(visit.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(visit.source()).isEqualTo(new EventActor(null, "PAKGOV", "PAK", List.of("GOV")));
        assertThat(visit.target()).isEqualTo(new EventActor(null, "USAGOV", "USA", List.of("GOV")));
        assertThat(visit.code().code()).isEqualTo("042");
        assertThat(visit.root()).isEqualTo("04");
        assertThat(visit.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(visit.goldstein()).isEqualTo(1.9);
        assertThat(visit.originGoldstein()).isEqualTo(1.9);
        assertThat(visit.origin()).isEqualTo("phoenix");
        assertThat(visit.originId()).isEqualTo("5000001");
        assertThat(visit.sourceUrl()).isEqualTo("https://news.example.org/pak-us-visit");
        assertThat(visit.documentRef()).isNull();
        assertThat(visit.textHash()).isNull();
        assertThat(visit.mentions()).isEqualTo(2);
    }

    @Test
    void agentsComeFromTheFullActorCodeAndAFirstPartThatIsNoCountryLeavesTheCountryEmpty() throws Exception {
        Collected c = read(FIXTURE);
        assertThat(c.byId("phoenix:5000002").source())
                .isEqualTo(new EventActor(null, "USAGOVLEG", "USA", List.of("GOV", "LEG")));
        assertThat(c.byId("phoenix:5000003").target()).isEqualTo(new EventActor(null, "USA", "USA", List.of()));
        assertThat(c.byId("phoenix:5000006").source())
                .isEqualTo(new EventActor(null, "IGOUNO", null, List.of("IGO", "UNO")));
        assertThat(c.byId("phoenix:5000014").target()).isEqualTo(EventActor.UNKNOWN);
        assertThat(c.byId("phoenix:5000014").mentions()).isEqualTo(3);
    }

    @Test
    void quadClassAndGoldsteinAreOursNotPhoenixsWhoseWeightIsKeptAsOriginGoldstein() throws Exception {
        Collected c = read(FIXTURE);
        // the file says PentaClass 0 (neutral) for 013, 3 for 1623 and 4 for 141
        Event optimistic = c.byId("phoenix:5000003");
        assertThat(optimistic.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        Event aidCut = c.byId("phoenix:5000004");
        assertThat(aidCut.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(aidCut.goldstein()).isEqualTo(CAMEO.requireEventCode("1623").goldstein()).isEqualTo(-5.6);
        assertThat(aidCut.originGoldstein()).isEqualTo(-5.0);
        Event rally = c.byId("phoenix:5000005");
        assertThat(rally.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
        assertThat(c.events).allSatisfy(e -> {
            assertThat(e.quadClass()).isEqualTo(QuadClass.ofRoot(Integer.parseInt(e.root())));
            assertThat(e.goldstein()).isEqualTo(CAMEO.requireEventCode(e.code().code()).goldstein());
        });
    }

    @Test
    void withoutAUrlTheFirstSentenceIdIsTheDocumentReference() throws Exception {
        Event e = read(FIXTURE).byId("phoenix:5000003");
        assertThat(e.sourceUrl()).isNull();
        assertThat(e.documentRef()).isEqualTo("phoenix-sentence:c0ffee-3");
    }

    @Test
    void aHeaderLineSomeUsersAddIsSkipped() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(FIXTURE, StandardCharsets.UTF_8));
        lines.add(0, String.join("\t", "EventID", "Date", "Year", "Month", "Day", "SourceActorFull",
                "SourceActorEntity", "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
                "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore",
                "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryName", "SentenceID", "URLs",
                "NewsSources"));
        Path f = dir.resolve("with-header.txt");
        Files.write(f, lines, StandardCharsets.UTF_8);
        Collected c = read(f);
        assertThat(c.read).isEqualTo(14);
        assertThat(c.events).hasSize(7);
        assertThat(c.rejects).extracting(Reject::line).containsExactly(9L, 10L, 11L, 12L, 13L, 14L, 15L);
    }

    @Test
    void readsTheFileInsideAZipAsPhoenixDistributedIt() throws Exception {
        Path zip = Zipped.write(dir.resolve("events.full.20170105.txt.zip"), "events.full.20170105.txt", FIXTURE);
        assertThat(read(zip).events).isEqualTo(read(FIXTURE).events);
    }

    @Test
    void importingTwiceStoresEachEventOnceAndListsTheRejects() throws Exception {
        try (EventStore store = EventStore.open(new Workspace(dir.resolve("ws")), CAMEO)) {
            EventImporter importer = new EventImporter(store);
            ImportOptions options = ImportOptions.builder(dir.resolve("ws/rejects")).build();
            ImportSummary first = importer.importFile(FIXTURE, EventFormat.PHOENIX,
                    new EventReaders(CAMEO).forFormat(EventFormat.PHOENIX), options, ProgressListener.NONE);
            assertThat(first.read()).isEqualTo(14);
            assertThat(first.imported()).isEqualTo(7);
            assertThat(first.rejected()).isEqualTo(7);
            assertThat(first.rejectsFile()).isNotNull();
            assertThat(Files.readString(Path.of(first.rejectsFile()))).contains("EventCode")
                    .contains("unknown CAMEO event code '999'");

            ImportSummary again = importer.importFile(FIXTURE, EventFormat.PHOENIX,
                    new EventReaders(CAMEO).forFormat(EventFormat.PHOENIX), options, ProgressListener.NONE);
            assertThat(again.imported()).isZero();
            assertThat(again.duplicateIds()).isEqualTo(7);
            assertThat(store.countEvents()).isEqualTo(7);
        }
    }
}
