package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made by a dyadlab that knew only schema version 1 is brought up to date on open, its events kept. */
class MigrationFromVersion1Test {
    @TempDir
    Path dir;

    @Test
    void aVersion1StoreGainsTheIndicatorTableAndKeepsItsEvents() throws Exception {
        Workspace ws = new Workspace(dir);
        try (EventStore store = StoreFixture.open(dir)) {
            StoreFixture.load(store, TestEvent.of("t:1", "2020-01-05", "PAK", "USA", "042").build());
        }
        // make it look like a version-1 store: drop what version 2 added
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.databaseFile());
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE indicators");
            s.execute("DELETE FROM schema_version WHERE version = 2");
        }
        try (EventStore store = StoreFixture.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(store.countEvents()).isEqualTo(1);
            assertThat(store.indicators().catalogue()).isEmpty();
        }
    }
}
