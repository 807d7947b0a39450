package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link EventStore#dailyAggregates} against a second computation in plain Java over {@link EventStore#forEachEvent}
 * on 800 seeded random events (four countries plus actors without a country, three origins, every QuadClass,
 * Goldstein weights of both signs in the cooperative classes), and against figures worked out by hand on a
 * small day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DailyAggregatesTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static final double TOLERANCE = 1e-9;
    private static final List<String> COUNTRIES = java.util.Arrays.asList("PAK", "USA", "IND", "CHN", null);
    /** Codes of all four QuadClasses, including 016 and 090, cooperative codes with a negative weight. */
    private static final List<String> CODES = List.of("010", "016", "042", "0211", "057", "070", "090", "112",
            "130", "173", "190");
    private static final List<String> ORIGINS = List.of("gdelt1", "icews", "test");

    private EventStore store;
    private Path dir;

    @BeforeAll
    void loadRandomEvents(@TempDir Path tmp) {
        dir = tmp;
        store = StoreFixture.open(tmp.resolve("random"));
        SplittableRandom random = new SplittableRandom(42);
        List<Event> events = new ArrayList<>();
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 800; i++) {
            LocalDate day = first.plusDays(random.nextInt(60));
            // half the events between PAK and USA, so that most days have dyad events in both directions
            String a = random.nextBoolean() ? "PAK" : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            String b = random.nextBoolean() ? "USA" : COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            if (random.nextBoolean()) {
                String t = a;
                a = b;
                b = t;
            }
            events.add(TestEvent.of("r:" + i, day.toString(), "PAK", "USA", CODES.get(random.nextInt(CODES.size())))
                    .source(actor(a, i)).target(actor(b, i)).origin(ORIGINS.get(random.nextInt(ORIGINS.size())))
                    .build());
        }
        StoreFixture.load(store, events);
    }

    private static EventActor actor(String country, int i) {
        return country == null ? new EventActor("Someone " + i, null, null, List.of()) : TestEvent.country(country);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    static Stream<Arguments> queries() {
        LocalDate from = LocalDate.of(2020, 1, 10);
        LocalDate to = LocalDate.of(2020, 2, 5);
        return Stream.of(
                Arguments.of(new AggregateQuery(PAK_USA, false, null, null, Set.of())),
                Arguments.of(new AggregateQuery(PAK_USA, true, null, null, Set.of())),
                Arguments.of(new AggregateQuery(PAK_USA.reversed(), true, null, null, Set.of())),
                Arguments.of(new AggregateQuery(PAK_USA, false, from, to, Set.of())),
                Arguments.of(new AggregateQuery(PAK_USA, true, from, null, Set.of())),
                Arguments.of(new AggregateQuery(PAK_USA, false, null, to, Set.of())),
                Arguments.of(new AggregateQuery(PAK_USA, false, null, null, Set.of("icews"))),
                Arguments.of(new AggregateQuery(PAK_USA, true, from, to, Set.of("gdelt1", "test"))),
                Arguments.of(new AggregateQuery(Dyad.parse("IND-CHN"), false, null, null, Set.of("test"))),
                Arguments.of(new AggregateQuery(PAK_USA, false, from, from, Set.of())));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void dailyAggregatesEqualAJavaComputationOverTheEvents(AggregateQuery q) {
        List<DayAggregate> expected = javaAggregates(q);
        List<DayAggregate> actual = store.dailyAggregates(q);

        assertThat(expected).as("the fixture must give days to compare").isNotEmpty();
        assertSameDays(actual, expected);
    }

    /** The second computation: every event through forEachEvent, filtered and summed in Java. */
    private List<DayAggregate> javaAggregates(AggregateQuery q) {
        Map<LocalDate, double[]> byDay = new TreeMap<>();
        String a = q.dyad().first();
        String b = q.dyad().second();
        store.forEachEvent(EventQuery.ALL, e -> {
            if (q.from() != null && e.date().isBefore(q.from()) || q.to() != null && e.date().isAfter(q.to())
                    || !q.origins().isEmpty() && !q.origins().contains(e.origin())) {
                return;
            }
            String s = e.source().country();
            String t = e.target().country();
            boolean forward = Objects.equals(s, a) && Objects.equals(t, b);
            boolean backward = Objects.equals(s, b) && Objects.equals(t, a);
            boolean inDyad = forward || !q.directed() && backward;
            boolean involves = a.equals(s) || b.equals(s) || a.equals(t) || b.equals(t);
            double[] d = byDay.computeIfAbsent(e.date(), k -> new double[10]);
            if (inDyad) {
                int quad = e.quadClass().number();
                d[0]++;
                d[1] += e.goldstein();
                d[1 + quad]++;
                if (quad <= 2) {
                    d[6] += e.goldstein();
                } else {
                    d[7] += Math.abs(e.goldstein());
                }
            }
            if (involves) {
                d[8]++;
            }
            d[9]++;
        });
        List<DayAggregate> out = new ArrayList<>();
        byDay.forEach((day, d) -> out.add(new DayAggregate(day, (long) d[0], d[1], (long) d[2], (long) d[3],
                (long) d[4], (long) d[5], d[6], d[7], (long) d[8], (long) d[9])));
        return out;
    }

    static void assertSameDays(List<DayAggregate> actual, List<DayAggregate> expected) {
        assertThat(actual).extracting(DayAggregate::day).containsExactlyElementsOf(
                expected.stream().map(DayAggregate::day).toList());
        for (int i = 0; i < expected.size(); i++) {
            DayAggregate x = actual.get(i);
            DayAggregate e = expected.get(i);
            String on = "on " + e.day();
            assertThat(x.events()).as("events " + on).isEqualTo(e.events());
            assertThat(x.goldsteinSum()).as("goldstein sum " + on).isCloseTo(e.goldsteinSum(), within(TOLERANCE));
            assertThat(new long[] {x.quad1(), x.quad2(), x.quad3(), x.quad4()}).as("QuadClass counts " + on)
                    .containsExactly(e.quad1(), e.quad2(), e.quad3(), e.quad4());
            assertThat(x.coopWeight()).as("cooperative weight " + on).isCloseTo(e.coopWeight(), within(TOLERANCE));
            assertThat(x.conflictWeight()).as("conflict weight " + on).isCloseTo(e.conflictWeight(), within(TOLERANCE));
            assertThat(x.actorEvents()).as("actor events " + on).isEqualTo(e.actorEvents());
            assertThat(x.allEvents()).as("all events " + on).isEqualTo(e.allEvents());
        }
    }

    /**
     * One day worked out by hand. 2021-03-01: PAK→USA 042 (+1.9, QC1), USA→PAK 016 (−2.0, QC1), USA→PAK 190
     * (−10, QC4), IND→PAK 112, USA→USA 010, PAK→(no country) 130, CHN→IND 057 (origin icews). 2021-03-02:
     * only CHN→IND. 2021-03-03: only an icews event, IND→CHN.
     */
    @Test
    void aHandWorkedDayGivesTheFiguresWorkedOutByHand() {
        try (EventStore s = StoreFixture.open(dir.resolve("hand"))) {
            StoreFixture.load(s,
                    TestEvent.of("h:1", "2021-03-01", "PAK", "USA", "042").build(),
                    TestEvent.of("h:2", "2021-03-01", "USA", "PAK", "016").build(),
                    TestEvent.of("h:3", "2021-03-01", "USA", "PAK", "190").build(),
                    TestEvent.of("h:4", "2021-03-01", "IND", "PAK", "112").build(),
                    TestEvent.of("h:5", "2021-03-01", "USA", "USA", "010").build(),
                    TestEvent.of("h:6", "2021-03-01", "PAK", "USA", "130").target(EventActor.UNKNOWN).build(),
                    TestEvent.of("h:7", "2021-03-01", "CHN", "IND", "057").origin("icews").build(),
                    TestEvent.of("h:8", "2021-03-02", "CHN", "IND", "057").build(),
                    TestEvent.of("h:9", "2021-03-03", "IND", "CHN", "057").origin("icews").build());

            List<DayAggregate> undirected = s.dailyAggregates(AggregateQuery.of(PAK_USA, false));
            assertThat(undirected).extracting(DayAggregate::day).containsExactly(LocalDate.of(2021, 3, 1),
                    LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 3));
            DayAggregate d = undirected.get(0);
            assertThat(d.events()).isEqualTo(3);
            assertThat(d.goldsteinSum()).isCloseTo(1.9 - 2.0 - 10.0, within(TOLERANCE));
            assertThat(new long[] {d.quad1(), d.quad2(), d.quad3(), d.quad4()}).containsExactly(2, 0, 0, 1);
            assertThat(d.coopWeight()).isCloseTo(1.9 - 2.0, within(TOLERANCE));
            assertThat(d.conflictWeight()).isCloseTo(10.0, within(TOLERANCE));
            // h:1–h:6 involve PAK or USA (h:5 is USA with itself, h:6 PAK with no country); h:7 does not
            assertThat(d.actorEvents()).isEqualTo(6);
            assertThat(d.allEvents()).isEqualTo(7);
            // a day with events but none of the dyad or its actors is still a day of the dataset
            assertThat(undirected.get(1).events()).isZero();
            assertThat(undirected.get(1).actorEvents()).isZero();
            assertThat(undirected.get(1).allEvents()).isEqualTo(1);
            assertThat(undirected.get(1).goldsteinSum()).isZero();

            DayAggregate usaPak = s.dailyAggregates(AggregateQuery.of(PAK_USA.reversed(), true)).get(0);
            assertThat(usaPak.events()).isEqualTo(2);
            assertThat(usaPak.goldsteinSum()).isCloseTo(-12.0, within(TOLERANCE));
            assertThat(usaPak.actorEvents()).isEqualTo(6);

            List<DayAggregate> testOnly = s.dailyAggregates(new AggregateQuery(PAK_USA, false, null, null,
                    Set.of("test")));
            assertThat(testOnly).extracting(DayAggregate::day).containsExactly(LocalDate.of(2021, 3, 1),
                    LocalDate.of(2021, 3, 2));
            assertThat(testOnly.get(0).allEvents()).isEqualTo(6);

            List<DayAggregate> secondDay = s.dailyAggregates(new AggregateQuery(PAK_USA, false,
                    LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 2), Set.of()));
            assertThat(secondDay).extracting(DayAggregate::day).containsExactly(LocalDate.of(2021, 3, 2));
        }
    }
}
