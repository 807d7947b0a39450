package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events imported out of date order fill every row group with every year; re-ordering puts a month's events
 * together again without changing a single event, page or count.
 */
class DateOrderTest {
    private static final LocalDate FIRST = LocalDate.of(2013, 1, 1);
    private static final int DAYS = 13 * 365;
    private static final String[] COUNTRIES = {"PAK", "USA", "IND", "CHN"};
    private static final String[] CODES = {"042", "112", "0211", "190", "057"};

    @TempDir
    Path dir;

    /** Three row groups' worth of events with dates drawn at random from 13 years, ids in load order. */
    private static List<Event> shuffled(int n) {
        Random random = new Random(42);
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String source = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String target = COUNTRIES[(List.of(COUNTRIES).indexOf(source) + 1 + random.nextInt(3)) % COUNTRIES.length];
            events.add(TestEvent.of("e:" + i, FIRST.plusDays(random.nextInt(DAYS)).toString(), source, target,
                    CODES[random.nextInt(CODES.length)]).build());
        }
        return events;
    }

    private static EventQuery januaryOf2018() {
        return EventQuery.of(Dyad.parse("PAK-USA"), false).between(LocalDate.parse("2018-01-01"),
                LocalDate.parse("2018-01-31"));
    }

    @Test
    void shuffledEventsAreScatteredAndReorderingKeepsEveryEventAndPage() {
        int n = (int) (2.5 * DateLayout.ROW_GROUP_ROWS);
        try (EventStore store = StoreFixture.open(dir)) {
            StoreFixture.load(store, shuffled(n));
            DateLayout before = store.dateLayout();
            assertThat(before.rows()).isEqualTo(n);
            assertThat(before.groups()).isEqualTo(3);
            assertThat(before.meanSpanDays()).isGreaterThan(DAYS * 0.9);
            assertThat(before.scattered()).isTrue();
            List<Event> all = StoreFixture.read(store, EventQuery.ALL);
            EventPage page = store.eventPage(januaryOf2018(), Set.of(), 0, 100);
            List<DayAggregate> days = store.dailyAggregates(AggregateQuery.of(Dyad.parse("PAK-USA"), false));
            long generation = store.generation();

            store.orderByDate();

            DateLayout after = store.dateLayout();
            assertThat(after.rows()).isEqualTo(n);
            assertThat(after.scattered()).isFalse();
            assertThat(after.meanSpanDays()).isLessThanOrEqualTo(after.orderedSpanDays() + 1);
            assertThat(StoreFixture.read(store, EventQuery.ALL)).containsExactlyElementsOf(all);
            assertThat(store.eventPage(januaryOf2018(), Set.of(), 0, 100)).isEqualTo(page);
            // the same sums, up to the order in which DuckDB adds a day's doubles
            assertThat(store.dailyAggregates(AggregateQuery.of(Dyad.parse("PAK-USA"), false)))
                    .usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
                            .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b),
                                    Double.class).build())
                    .containsExactlyElementsOf(days);
            assertThat(store.generation()).isEqualTo(generation);
        }
        try (EventStore reopened = StoreFixture.open(dir)) {
            assertThat(reopened.dateLayout().scattered()).isFalse();
            assertThat(reopened.countEvents()).isEqualTo(n);
        }
    }

    @Test
    void eventsLoadedInDateOrderAndSmallStoresAreNotScattered() {
        List<Event> events = new ArrayList<>(shuffled((int) (1.5 * DateLayout.ROW_GROUP_ROWS)));
        events.sort(java.util.Comparator.comparing(Event::date));
        try (EventStore store = StoreFixture.open(dir)) {
            StoreFixture.load(store, events.subList(0, 1000));
            assertThat(store.dateLayout().groups()).isEqualTo(1);
            assertThat(store.dateLayout().scattered()).as("one row group is read whole anyway").isFalse();
            StoreFixture.load(store, events.subList(1000, events.size()));
            assertThat(store.dateLayout().groups()).isEqualTo(2);
            assertThat(store.dateLayout().scattered()).isFalse();
        }
    }

    @Test
    void anEmptyStoreHasNoGroupsAndReorderingItIsHarmless() {
        try (EventStore store = StoreFixture.open(dir)) {
            assertThat(store.dateLayout()).isEqualTo(new DateLayout(0, 0, 0, 0));
            store.orderByDate();
            assertThat(store.countEvents()).isZero();
        }
    }

    @Test
    void reorderingIsRefusedWhileALoadIsOpen() {
        try (EventStore store = StoreFixture.open(dir);
             EventLoad load = store.beginLoad(StoreFixture.source("open.csv"))) {
            assertThatThrownBy(store::orderByDate).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("load");
        }
    }
}
