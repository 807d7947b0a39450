package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Pages of events (the dashboard's drill-down), one event by id, and the generation that changes with loads. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPageTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");

    private EventStore store;

    @BeforeAll
    void load(@TempDir Path dir) {
        store = StoreFixture.open(dir);
        StoreFixture.load(store,
                TestEvent.of("a:1", "2020-01-01", "PAK", "USA", "042").build(),
                TestEvent.of("a:2", "2020-01-31", "PAK", "USA", "190").origin("other").build(),
                TestEvent.of("a:3", "2020-03-01", "PAK", "USA", "112").build(),
                TestEvent.of("b:1", "2020-01-15", "USA", "PAK", "0211").url("https://example.org/a").build(),
                TestEvent.of("b:2", "2020-01-15", "USA", "PAK", "042").documentRef("doc:X#s3").build(),
                TestEvent.of("c:1", "2020-01-10", "IND", "PAK", "190").build());
    }

    @AfterAll
    void close() {
        store.close();
    }

    private EventQuery january() {
        return EventQuery.of(PAK_USA, false).between(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-31"));
    }

    @Test
    void aPageHoldsTheEventsOfTheIntervalInDateOrderWithTheTotal() {
        EventPage page = store.eventPage(january(), Set.of(), 0, 10);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.events()).extracting(Event::id).containsExactly("a:1", "b:1", "b:2", "a:2");
    }

    @Test
    void offsetAndLimitCutThePageButNotTheTotal() {
        EventPage page = store.eventPage(january(), Set.of(), 1, 2);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.events()).extracting(Event::id).containsExactly("b:1", "b:2");
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillCounts() {
        EventPage page = store.eventPage(january(), Set.of(), 50, 10);
        assertThat(page.events()).isEmpty();
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void originsRestrictThePage() {
        EventPage page = store.eventPage(january(), Set.of("other"), 0, 10);
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.events()).extracting(Event::id).containsExactly("a:2");
    }

    @Test
    void negativeOffsetOrLimitIsAProgrammingError() {
        assertThatThrownBy(() -> store.eventPage(january(), Set.of(), -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventIsFoundByIdWithWhatItCarries() {
        assertThat(store.event("b:1")).hasValueSatisfying(e -> assertThat(e.sourceUrl()).isEqualTo("https://example.org/a"));
        assertThat(store.event("b:2")).hasValueSatisfying(e -> assertThat(e.documentRef()).isEqualTo("doc:X#s3"));
        assertThat(store.event("no:such")).isEmpty();
        assertThat(store.event("a:1' OR '1'='1")).isEmpty();
    }

    @Test
    void theGenerationChangesWhenEventsAreLoaded(@TempDir Path dir) {
        try (EventStore s = StoreFixture.open(dir)) {
            long empty = s.generation();
            StoreFixture.load(s, TestEvent.of("x:1", "2021-05-05", "PAK", "USA", "042").build());
            long one = s.generation();
            assertThat(one).isNotEqualTo(empty);
            assertThat(s.generation()).isEqualTo(one);
        }
    }
}
