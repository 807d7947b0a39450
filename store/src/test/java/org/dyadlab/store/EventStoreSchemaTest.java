package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating, reopening and refusing stores: the schema_version bookkeeping of SchemaMigrator. */
class EventStoreSchemaTest {
    @TempDir
    Path dir;

    private Workspace workspace() {
        return new Workspace(dir.resolve("ws"));
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + workspace().databaseFile());
    }

    private List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void freshStoreIsCreatedInANewFolderAtTheLatestSchemaVersion() throws SQLException {
        assertThat(workspace().exists()).isFalse();
        try (EventStore store = StoreFixture.open(workspace().dir())) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrator.SCRIPTS.size());
            assertThat(store.countEvents()).isZero();
            assertThat(store.summary().imports()).isEmpty();
        }
        assertThat(workspace().exists()).isTrue();
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                + "ORDER BY table_name")).extracting(r -> r.get(0))
                .containsExactly("coded_documents", "corpus_documents", "corpus_memos", "corpus_passages",
                        "corpus_versions", "event_spans", "events", "imports", "indicators", "schema_version");
    }

    @Test
    void eventsTableColumnsAreTheCanonicalColumnsThenImportId() throws SQLException {
        StoreFixture.open(workspace().dir()).close();
        List<String> columns = query("SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
                + "ORDER BY ordinal_position").stream().map(r -> r.get(0)).toList();
        List<String> expected = new ArrayList<>(EventColumns.NAMES);
        expected.add("import_id");
        assertThat(columns).containsExactlyElementsOf(expected);
    }

    @Test
    void reopeningKeepsDataAndDoesNotRerunMigrations() throws SQLException {
        try (EventStore store = StoreFixture.open(workspace().dir())) {
            StoreFixture.load(store, TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build());
        }
        try (EventStore store = StoreFixture.open(workspace().dir())) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrator.SCRIPTS.size());
            assertThat(store.countEvents()).isEqualTo(1);
            assertThat(store.summary().imports()).hasSize(1);
        }
        assertThat(query("SELECT version, script FROM schema_version ORDER BY version"))
                .containsExactly(List.of("1", "V001__events.sql"), List.of("2", "V002__indicators.sql"),
                        List.of("3", "V003__corpus.sql"), List.of("4", "V004__coded_documents.sql"),
                        List.of("5", "V005__event_spans.sql"));
    }

    private void markSchemaVersion99() throws SQLException {
        StoreFixture.open(workspace().dir()).close();
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, script) VALUES (99, 'V099__future.sql')");
        }
    }

    @Test
    void storeWithANewerSchemaIsRefusedWithAdviceToUpgrade() throws SQLException {
        markSchemaVersion99();
        assertThatThrownBy(() -> StoreFixture.open(workspace().dir()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("99")
                .hasMessageContaining("use a newer dyadlab");
        assertThat(query("SELECT max(version) FROM schema_version")).containsExactly(List.of("99"));
    }

    /** A refused store must not stay open in the process: other tools (or a retry) need the file. */
    @Test
    void refusingANewerStoreReleasesTheDatabaseFile() throws SQLException {
        markSchemaVersion99();
        assertThatThrownBy(() -> StoreFixture.open(workspace().dir())).isInstanceOf(StoreException.class);
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM schema_version WHERE version = 99");
        }
        try (EventStore store = StoreFixture.open(workspace().dir())) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrator.SCRIPTS.size());
        }
    }

    /** A workspace made before the corpus existed is upgraded in place, its events kept. */
    @Test
    void aVersion1StoreIsMigratedToTheLatestSchemaKeepingItsEvents() throws Exception {
        java.nio.file.Files.createDirectories(workspace().dir());
        String v1 = new String(SchemaMigrator.class.getResourceAsStream("migrations/V001__events.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        try (Connection c = jdbc(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
            for (String sql : v1.split(";\\s*\\n")) {
                String stmt = sql.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n");
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
            s.execute("INSERT INTO schema_version (version, script) VALUES (1, 'V001__events.sql')");
            s.execute("INSERT INTO events (event_id, event_date, date_precision, event_code, event_root, quad_class, "
                    + "goldstein, origin) VALUES ('t:1', DATE '2020-01-05', 'day', '042', '04', 1, 1.9, 'test')");
        }
        try (EventStore store = StoreFixture.open(workspace().dir())) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrator.SCRIPTS.size());
            assertThat(store.countEvents()).isEqualTo(1);
            assertThat(store.corpus().documentCount()).isZero();
            assertThat(store.indicators().catalogue()).isEmpty();
            assertThat(store.eventSpans("t:1")).isEmpty();
        }
        assertThat(query("SELECT max(version) FROM schema_version")).containsExactly(List.of("5"));
        assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_name = 'event_spans' "
                + "ORDER BY ordinal_position")).extracting(r -> r.get(0))
                .containsExactly("event_id", "role", "span_start", "span_end");
    }
}
