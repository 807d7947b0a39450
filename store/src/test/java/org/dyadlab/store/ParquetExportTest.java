package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EventStore#exportParquet}, read back by DuckDB itself and by {@link TableRows}. */
class ParquetExportTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");

    @TempDir
    Path dir;
    private EventStore store;
    private Path file;

    @BeforeEach
    void loadEvents() throws IOException {
        store = StoreFixture.open(dir.resolve("ws"));
        file = Files.createDirectories(dir.resolve("out's folder")).resolve("events.parquet");
        StoreFixture.load(store,
                TestEvent.of("g:2", "2020-01-05", "PAK", "USA", "042")
                        .source(new EventActor("Pakistan", "PAKGOV", "PAK", List.of("GOV", "MIL")))
                        .originGoldstein(1.9).url("https://example.org/x").mentions(7).build(),
                TestEvent.of("g:1", "2020-01-05", "USA", "PAK", "190").build(),
                TestEvent.of("g:3", "2020-02-01", "IND", "PAK", "112").build());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static List<List<String>> duckdb(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private String readParquet() {
        return "read_parquet('" + file.toAbsolutePath().toString().replace("'", "''") + "')";
    }

    @Test
    void duckdbReadsTheExportWithAllRowsAndTheCanonicalColumns() throws SQLException {
        store.exportParquet(EventQuery.ALL, file);

        assertThat(duckdb("SELECT count(*) FROM " + readParquet())).containsExactly(List.of("3"));
        Map<String, String> types = new LinkedHashMap<>();
        duckdb("DESCRIBE SELECT * FROM " + readParquet()).forEach(r -> types.put(r.get(0), r.get(1)));
        assertThat(types.keySet()).containsExactlyElementsOf(EventColumns.NAMES);
        assertThat(types).containsEntry("event_date", "DATE").containsEntry("quad_class", "TINYINT")
                .containsEntry("goldstein", "DOUBLE").containsEntry("mentions", "INTEGER");
    }

    @Test
    void exportKeepsOnlyTheQueriedEvents() throws SQLException {
        EventQuery directed = EventQuery.of(PAK_USA, true);
        store.exportParquet(directed, file);

        assertThat(duckdb("SELECT event_id FROM " + readParquet())).containsExactly(List.of("g:2"));
        assertThat(store.count(directed)).isEqualTo(1);
    }

    @Test
    void tableRowsStreamsTheHeaderThenNumberedRowsInDateThenIdOrder() {
        store.exportParquet(EventQuery.ALL, file);
        RecordedRows recorded = new RecordedRows();

        TableRows.readParquet(file, recorded);

        assertThat(recorded.headers).containsExactly(EventColumns.NAMES);
        assertThat(recorded.numbers).containsExactly(1L, 2L, 3L);
        List<String[]> rows = recorded.rows;
        List<String> ids = StoreFixture.readAll(store).stream().map(Event::id).toList();
        assertThat(rows).extracting(r -> r[0]).containsExactlyElementsOf(ids).containsExactly("g:1", "g:2", "g:3");
        Map<String, String> second = new LinkedHashMap<>();
        for (int i = 0; i < EventColumns.NAMES.size(); i++) {
            second.put(EventColumns.NAMES.get(i), rows.get(1)[i]);
        }
        assertThat(second).containsEntry("event_date", "2020-01-05").containsEntry("date_precision", "day")
                .containsEntry("source_actor", "PAKGOV").containsEntry("source_agents", "GOV;MIL")
                .containsEntry("target_name", null).containsEntry("event_code", "042")
                .containsEntry("quad_class", "1").containsEntry("goldstein", "1.9")
                .containsEntry("origin_goldstein", "1.9").containsEntry("source_url", "https://example.org/x")
                .containsEntry("mentions", "7").containsEntry("document_ref", null);
    }

    @Test
    void exportOfNoMatchingEventsStillCarriesTheColumns() {
        store.exportParquet(EventQuery.of(Dyad.parse("CHN-RUS"), false), file);
        RecordedRows recorded = new RecordedRows();

        TableRows.readParquet(file, recorded);

        assertThat(recorded.headers).containsExactly(EventColumns.NAMES);
        assertThat(recorded.rows).isEmpty();
    }

    @Test
    void tableRowsRefusesAFileThatIsNotParquetNamingIt() throws IOException {
        Path csv = Files.writeString(dir.resolve("events.csv"), "event_id\ng:1\n");
        assertThatThrownBy(() -> TableRows.readParquet(csv, new RecordedRows()))
                .isInstanceOf(StoreException.class).hasMessageContaining(csv.toString());
    }

    /** Keeps what {@link TableRows} hands over. */
    private static final class RecordedRows implements TableRows.RowHandler {
        final List<List<String>> headers = new ArrayList<>();
        final List<Long> numbers = new ArrayList<>();
        final List<String[]> rows = new ArrayList<>();

        @Override
        public void header(List<String> columns) {
            headers.add(columns);
        }

        @Override
        public void row(long number, String[] cells) {
            numbers.add(number);
            rows.add(cells);
        }
    }
}
