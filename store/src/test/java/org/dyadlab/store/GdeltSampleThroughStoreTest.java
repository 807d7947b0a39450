package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real GDELT 2.0 rows (spark-gdelt's 100-row samples) through the store: loaded, de-duplicated, read back,
 * re-loaded and exported. The rows are mapped here with the GDELT 2.0 column positions (the importer
 * proper lives in the events module, which the store must not depend on).
 */
@SharedDataTest
class GdeltSampleThroughStoreTest {
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;

    @TempDir
    Path dir;

    private static List<Event> gdelt2Events(String file) throws IOException {
        List<Event> events = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.resolve("gdelt-spark-gdelt/samples/" + file),
                StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            events.add(new Event("gdelt:" + f[0], LocalDate.parse(f[1], SQLDATE), DatePrecision.DAY,
                    actor(f, 5, 12), actor(f, 15, 22), TestEvent.CAMEO.requireEventCode(f[26]), "gdelt2", f[0],
                    Double.valueOf(f[30]), f[60], null, null, Integer.valueOf(f[31])));
        }
        return events;
    }

    /** Code, name and country at code, code+1, code+2; the three type codes from typeStart. */
    private static EventActor actor(String[] f, int code, int typeStart) {
        List<String> types = IntStream.range(typeStart, typeStart + 3).mapToObj(i -> f[i]).filter(t -> !t.isEmpty())
                .toList();
        return new EventActor(f[code + 1], f[code], f[code + 2], types);
    }

    /** The events a correct load keeps: first of each id, then first of each (date, actors, code, URL). */
    private static List<Event> expectedKept(List<Event> events) {
        Set<String> ids = new HashSet<>();
        Set<List<Object>> contents = new HashSet<>();
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            boolean newId = ids.add(e.id());
            List<Object> content = Arrays.asList(e.date(), e.source().code(), e.target().code(),
                    e.code().code(), e.sourceUrl());
            boolean newContent = e.sourceUrl() == null || contents.add(content);
            if (newId && newContent) {
                kept.add(e);
            }
        }
        return kept;
    }

    @ParameterizedTest
    @ValueSource(strings = {"events.csv", "eventsT.csv"})
    void sampleLoadsReadsBackAndReloadsAsDuplicates(String file) throws IOException {
        List<Event> events = gdelt2Events(file);
        List<Event> kept = expectedKept(events);
        assertThat(events).hasSize(100);
        assertThat(kept).hasSizeLessThan(100);

        try (EventStore store = StoreFixture.open(dir)) {
            LoadResult first = StoreFixture.load(store, events);
            assertThat(first.imported()).isEqualTo(kept.size());
            assertThat(first.duplicateIds()).isZero();
            assertThat(first.duplicateContent()).isEqualTo(100 - kept.size());
            assertThat(StoreFixture.readAll(store)).containsExactlyInAnyOrderElementsOf(kept);

            LoadResult again = StoreFixture.load(store, events);
            assertThat(again.imported()).isZero();
            assertThat(again.duplicateIds()).as("ids stored by the first load").isEqualTo(kept.size());
            assertThat(again.duplicateContent()).as("never stored, still duplicates by content")
                    .isEqualTo(100 - kept.size());
            assertThat(store.countEvents()).isEqualTo(kept.size());
            assertThat(store.summary().imports()).extracting(ImportRecord::imported)
                    .containsExactly((long) kept.size(), 0L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"events.csv", "eventsT.csv"})
    void sampleExportsToCsvAndParquetWithEveryStoredEvent(String file) throws IOException {
        try (EventStore store = StoreFixture.open(dir.resolve("ws"))) {
            StoreFixture.load(store, gdelt2Events(file));
            List<String> storedIds = StoreFixture.readAll(store).stream().map(Event::id).toList();

            StringWriter csv = new StringWriter();
            try (EventCsvWriter writer = new EventCsvWriter(csv)) {
                store.forEachEvent(EventQuery.ALL, writer::write);
            }
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.toString()))) {
                assertThat(parser.getHeaderNames()).containsExactlyElementsOf(EventColumns.NAMES);
                assertThat(parser.getRecords()).extracting(r -> r.get("event_id")).containsExactlyElementsOf(storedIds);
            }

            Path parquet = dir.resolve("events.parquet");
            store.exportParquet(EventQuery.ALL, parquet);
            List<String> parquetIds = new ArrayList<>();
            TableRows.readParquet(parquet, new TableRows.RowHandler() {
                @Override
                public void header(List<String> columns) {
                    assertThat(columns).containsExactlyElementsOf(EventColumns.NAMES);
                }

                @Override
                public void row(long number, String[] cells) {
                    parquetIds.add(cells[0]);
                }
            });
            assertThat(parquetIds).containsExactlyElementsOf(storedIds);
        }
    }
}
