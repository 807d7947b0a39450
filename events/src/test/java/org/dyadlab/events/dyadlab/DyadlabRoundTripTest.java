package org.dyadlab.events.dyadlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.store.EventCsvWriter;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyadlab's own CSV and Parquet: what the store exports, the importer reads back unchanged. */
class DyadlabRoundTripTest {
    @TempDir
    Path dir;

    private final CameoOntology ontology = CameoOntology.standard();

    private static List<Event> all(EventStore store) {
        List<Event> out = new ArrayList<>();
        store.forEachEvent(EventQuery.ALL, out::add);
        return out;
    }

    private ImportSummary importInto(EventStore store, EventFormat format, Path file) {
        return new EventImporter(store).importFile(file, format, new EventReaders(ontology).forFormat(format),
                ImportOptions.builder(dir.resolve("rejects")).build(), ProgressListener.NONE);
    }

    @SharedDataTest
    @Test
    void realSamplesSurviveCsvAndParquetExportAndReimport() throws Exception {
        List<Event> original;
        Path csv = dir.resolve("events.csv");
        Path parquet = dir.resolve("events.parquet");
        try (EventStore store = EventStore.open(new Workspace(dir.resolve("a")), ontology)) {
            importInto(store, EventFormat.GDELT1, SharedData.resolve("gdelt-spark-gdelt/samples/events1.csv"));
            importInto(store, EventFormat.GDELT2, SharedData.resolve("gdelt-spark-gdelt/samples/events.csv"));
            importInto(store, EventFormat.ICEWS18, SharedData.resolve("icews18-renet/test.txt"));
            original = all(store);
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                EventCsvWriter out = new EventCsvWriter(w);
                original.forEach(out::write);
                out.close();
            }
            store.exportParquet(EventQuery.ALL, parquet);
        }
        assertThat(original).hasSizeGreaterThan(49_000);
        for (Path file : List.of(csv, parquet)) {
            try (EventStore store = EventStore.open(new Workspace(dir.resolve("b-" + file.getFileName())), ontology)) {
                ImportSummary s = importInto(store, EventFormat.DYADLAB, file);
                assertThat(s.rejected()).as(file.toString()).isZero();
                assertThat(s.imported()).isEqualTo(original.size());
                assertThat(all(store)).as(file.toString()).isEqualTo(original);
            }
        }
    }

    @Test
    void editedRowsThatContradictTheirCodeAreRejected() throws Exception {
        Path csv = dir.resolve("edited.csv");
        String header = String.join(",", org.dyadlab.store.EventColumns.NAMES);
        Files.write(csv, List.of(header,
                "x:1,2018-01-04,day,,USA,USA,,,PAK,PAK,,1623,16,4,-5.6,manual,,,,,,",
                "x:2,2018-01-04,day,,USA,USA,,,PAK,PAK,,1623,16,4,3.0,manual,,,,,,",
                "x:3,2018-01-04,day,,USA,USA,,,PAK,PAK,,1623,16,2,-5.6,manual,,,,,,",
                "x:4,04/01/2018,day,,USA,USA,,,PAK,PAK,,1623,,,,manual,,,,,,",
                "x:5,2018-01-04,week,,USA,USA,,,PAK,PAK,,1623,,,,manual,,,,,,",
                "x:6,2018-01-04,day,,USA,USA,,,Pakistan,PAKI,,1623,,,,manual,,,,,,"), StandardCharsets.UTF_8);
        Collected c = Collected.read(new DyadlabEventReader(DyadlabReadOptions.builder().build(), ontology), csv);
        assertThat(c.events).extracting(Event::id).containsExactly("x:1");
        assertThat(c.rejects).extracting(Reject::field)
                .containsExactly("goldstein", "quad_class", "event_date", "date_precision", "target_country");
        assertThat(c.rejects).extracting(Reject::line).containsExactly(3L, 4L, 5L, 6L, 7L);

        Collected recomputed = Collected.read(new DyadlabEventReader(
                DyadlabReadOptions.builder().recomputeDerived(true).build(), ontology), csv);
        assertThat(recomputed.events).extracting(Event::id).containsExactly("x:1", "x:2", "x:3");
        assertThat(recomputed.events).allSatisfy(e -> assertThat(e.goldstein()).isEqualTo(-5.6));
        assertThat(recomputed.rejects).extracting(Reject::field)
                .containsExactly("event_date", "date_precision", "target_country");
    }
}
