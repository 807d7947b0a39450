package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.event.Dyad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EventStore#openParquet}: a year=/month= Parquet folder read as the events of a store, read-only. */
class ParquetFolderStoreTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");

    @TempDir
    Path dir;

    /** The store's events written as the Spark import lays them out: one file per month folder. */
    private Path partitioned(EventStore store) throws Exception {
        Path folder = dir.resolve("parquet");
        for (String month : List.of("2020-01", "2020-02")) {
            LocalDate first = LocalDate.parse(month + "-01");
            Path part = Files.createDirectories(folder.resolve("year=" + first.getYear())
                    .resolve("month=" + first.getMonthValue())).resolve("part-00000.parquet");
            store.exportParquet(EventQuery.ALL.between(first, first.plusMonths(1).minusDays(1)), part);
        }
        return folder;
    }

    @Test
    void theFolderHoldsTheSameEventsAndDaySumsAsTheStore() throws Exception {
        try (EventStore store = StoreFixture.open(dir.resolve("ws"))) {
            StoreFixture.load(store,
                    TestEvent.of("g:2", "2020-01-05", "PAK", "USA", "042").url("https://example.org/x").mentions(7).build(),
                    TestEvent.of("g:1", "2020-01-05", "USA", "PAK", "190").build(),
                    TestEvent.of("g:3", "2020-02-01", "IND", "PAK", "112").build());
            Path folder = partitioned(store);
            try (EventStore parquet = EventStore.openParquet(folder, TestEvent.CAMEO)) {
                assertThat(StoreFixture.readAll(parquet)).isEqualTo(StoreFixture.readAll(store));
                assertThat(parquet.dailyAggregates(AggregateQuery.of(PAK_USA, false)))
                        .isEqualTo(store.dailyAggregates(AggregateQuery.of(PAK_USA, false)));
                assertThatThrownBy(() -> parquet.beginLoad(StoreFixture.source("x.csv")))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only Parquet");
            }
        }
    }

    @Test
    void aFolderWithoutEventFilesIsRefusedWithItsName() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> EventStore.openParquet(empty, TestEvent.CAMEO))
                .isInstanceOf(StoreException.class).hasMessageContaining(empty.toString())
                .hasMessageContaining("not a folder of dyadlab Parquet event files");
        assertThatThrownBy(() -> EventStore.openParquet(dir.resolve("missing"), TestEvent.CAMEO))
                .isInstanceOf(StoreException.class).hasMessageContaining("no such folder");
    }
}
