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
                .containsExactly("events", "imports", "indicators", "schema_version");
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
                .containsExactly(List.of("1", "V001__events.sql"), List.of("2", "V002__indicators.sql"));
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
}
