package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadlab.store.StoreFixture.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Which stored events an {@link EventQuery} selects, in which order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStoreQueryTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");

    private EventStore store;

    @BeforeAll
    void loadHandMadeEvents(@TempDir Path dir) {
        store = StoreFixture.open(dir);
        StoreFixture.load(store,
                TestEvent.of("a:1", "2020-01-01", "PAK", "USA", "042").build(),
                TestEvent.of("a:2", "2020-01-31", "PAK", "USA", "190").build(),
                TestEvent.of("a:3", "2020-03-01", "PAK", "USA", "112").build(),
                TestEvent.of("b:1", "2020-01-15", "USA", "PAK", "0211").build(),
                TestEvent.of("b:2", "2020-01-15", "USA", "PAK", "042")
                        .source(new EventActor("Pentagon", "USAMIL", "USA", List.of("MIL"))).build(),
                TestEvent.of("c:1", "2020-01-10", "IND", "PAK", "190").build(),
                TestEvent.of("c:2", "2020-01-10", "PAK", "IND", "190").build(),
                TestEvent.of("c:3", "2020-01-10", "USA", "USA", "010").build(),
                TestEvent.of("c:4", "2020-01-01", "USA", "PAK", "042").target(EventActor.UNKNOWN).build());
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    private List<String> ids(EventQuery q) {
        return read(store, q).stream().map(Event::id).toList();
    }

    @Test
    void undirectedDyadReturnsBothDirectionsByCountryNotActorCode() {
        assertThat(ids(EventQuery.of(PAK_USA, false))).containsExactly("a:1", "b:1", "b:2", "a:2", "a:3");
        assertThat(ids(EventQuery.of(PAK_USA.reversed(), false))).containsExactly("a:1", "b:1", "b:2", "a:2", "a:3");
    }

    @Test
    void directedDyadReturnsOnlyFirstActingOnSecond() {
        assertThat(ids(EventQuery.of(PAK_USA, true))).containsExactly("a:1", "a:2", "a:3");
        assertThat(ids(EventQuery.of(PAK_USA.reversed(), true))).containsExactly("b:1", "b:2");
    }

    @Test
    void fromAndToAreInclusive() {
        EventQuery january = EventQuery.of(PAK_USA, true).between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        assertThat(ids(january)).containsExactly("a:1", "a:2");
        EventQuery inside = EventQuery.of(PAK_USA, true).between(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 30));
        assertThat(ids(inside)).isEmpty();
        EventQuery oneDay = EventQuery.ALL.between(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 1, 15));
        assertThat(ids(oneDay)).containsExactly("b:1", "b:2");
    }

    @Test
    void openEndedBoundsLimitOnlyOneSide() {
        assertThat(ids(EventQuery.ALL.between(LocalDate.of(2020, 1, 31), null))).containsExactly("a:2", "a:3");
        assertThat(ids(EventQuery.ALL.between(null, LocalDate.of(2020, 1, 1)))).containsExactly("a:1", "c:4");
    }

    @Test
    void allReturnsEveryEventInDateThenIdOrder() {
        assertThat(ids(EventQuery.ALL)).containsExactly(
                "a:1", "c:4", "c:1", "c:2", "c:3", "b:1", "b:2", "a:2", "a:3");
    }

    Stream<EventQuery> queries() {
        LocalDate jan10 = LocalDate.of(2020, 1, 10);
        LocalDate jan31 = LocalDate.of(2020, 1, 31);
        return Stream.of(EventQuery.ALL, EventQuery.of(PAK_USA, false), EventQuery.of(PAK_USA, true),
                EventQuery.of(PAK_USA.reversed(), true), EventQuery.of(Dyad.parse("IND-PAK"), false),
                EventQuery.of(Dyad.parse("CHN-PAK"), false), EventQuery.ALL.between(jan10, jan31),
                EventQuery.of(PAK_USA, false).between(jan10, null), EventQuery.of(PAK_USA, true).between(null, jan10));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void countAgreesWithForEachEvent(EventQuery q) {
        assertThat(store.count(q)).isEqualTo(read(store, q).size());
    }

    @Test
    void summaryCountsEventsPerOriginWithTheirDateRange() {
        WorkspaceSummary s = store.summary();
        assertThat(s.eventCount()).isEqualTo(9);
        assertThat(s.origins()).containsExactly(new WorkspaceSummary.OriginCount("test", 9,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 1)));
        assertThat(s.schemaVersion()).isEqualTo(SchemaMigrator.SCRIPTS.size());
    }
}
