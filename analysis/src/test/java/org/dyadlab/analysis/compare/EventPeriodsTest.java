package org.dyadlab.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyadlab.analysis.HandMadeEvents.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.HandMadeEvents;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.store.DayAggregate;
import org.dyadlab.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventPeriods}: which period a day belongs to, how intervals are cut at a period boundary and
 * weighted, which intervals are left out, and how periods are clipped to the time the dataset covers.
 */
class EventPeriodsTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static final PeriodSet ADMINISTRATIONS = PeriodSets.builtIn("us-administrations");
    private static final double TOLERANCE = 1e-12;

    /** A day with {@code events} dyad events (all QuadClass 1, Goldstein +1 each) among {@code all} events. */
    private static DayAggregate day(String date, long events, long actor, long all) {
        return new DayAggregate(LocalDate.parse(date), events, events, events, 0, 0, 0, events, 0, actor, all);
    }

    private static List<PeriodData> build(List<DayAggregate> days, Interval interval, List<Metric> metrics,
                                          Normalization n) {
        return EventPeriods.build(PAK_USA, false, days, ADMINISTRATIONS, interval, metrics, n);
    }

    /**
     * Days 2016-12-05 (2 events), 2017-01-19 (3), 2017-01-20 (5), 2017-02-10 (1), 2017-03-31 (0 of the dyad,
     * 10 in the dataset). Obama II runs from the first covered day, 5 Dec, to 19 Jan: units of 27/31 of
     * December and 19/31 of January. Trump I runs from 20 Jan to the last covered day, 31 March: 12/31 of
     * January, February, March.
     */
    private static final List<DayAggregate> WINTER_2017 = List.of(day("2016-12-05", 2, 20, 100),
            day("2017-01-19", 3, 30, 100), day("2017-01-20", 5, 50, 100), day("2017-02-10", 1, 10, 100),
            day("2017-03-31", 0, 0, 10));

    @Test
    void januaryTwentySeventeenIsCutAtTheInaugurationAndWeighedByItsDays() {
        List<PeriodData> data = build(WINTER_2017, Interval.MONTH, List.of(Metric.EVENTS), Normalization.NONE);
        assertThat(data).extracting(d -> d.period().name()).containsExactly("Obama II", "Trump I", "Biden", "Trump II");

        PeriodData obama = data.get(0);
        assertThat(obama.num()[0]).containsExactly(2, 3);
        assertThat(obama.den()[0][0]).isCloseTo(27.0 / 31, within(TOLERANCE));
        assertThat(obama.den()[0][1]).isCloseTo(19.0 / 31, within(TOLERANCE));
        assertThat(obama.events()).isEqualTo(5);
        assertThat(obama.value(0)).as("events per full month").isCloseTo(5 / (46.0 / 31), within(TOLERANCE));

        PeriodData trump = data.get(1);
        assertThat(trump.num()[0]).containsExactly(5, 1, 0);
        assertThat(trump.den()[0][0]).isCloseTo(12.0 / 31, within(TOLERANCE));
        assertThat(trump.den()[0][1]).isEqualTo(1.0);
        assertThat(trump.den()[0][2]).isEqualTo(1.0);
        assertThat(trump.events()).isEqualTo(6);
        assertThat(trump.value(0)).isCloseTo(6 / (12.0 / 31 + 2), within(TOLERANCE));

        assertThat(data.get(2).units()).as("Biden starts after the data end").isZero();
        assertThat(data.get(2).value(0)).isNaN();
        assertThat(data.get(3).units()).isZero();
    }

    @Test
    void theDayBeforeTheInaugurationBelongsToTheOutgoingAdministration() {
        List<PeriodData> data = build(List.of(day("2017-01-19", 1, 1, 1), day("2017-01-20", 4, 4, 4)), Interval.DAY,
                List.of(Metric.EVENTS), Normalization.NONE);
        assertThat(data.get(0).num()[0]).containsExactly(1);
        assertThat(data.get(1).num()[0]).containsExactly(4);
        assertThat(ADMINISTRATIONS.periodOf(LocalDate.of(2017, 1, 19)).orElseThrow().name()).isEqualTo("Obama II");
        assertThat(ADMINISTRATIONS.periodOf(LocalDate.of(2017, 1, 20)).orElseThrow().name()).isEqualTo("Trump I");
    }

    @Test
    void normalisedAndIntensiveMetricsAreNotWeighedByDays() {
        List<PeriodData> data = build(WINTER_2017, Interval.MONTH,
                List.of(Metric.EVENTS, Metric.GOLDSTEIN_MEAN), Normalization.ACTORS);
        PeriodData obama = data.get(0);
        // events per 1,000 actor events: denominators are the actor volume in thousands
        assertThat(obama.den()[0]).containsExactly(0.020, 0.030);
        assertThat(obama.value(0)).isCloseTo(5 / 0.050, within(1e-9));
        // the Goldstein mean divides by the dyad's events
        assertThat(obama.den()[1]).containsExactly(2, 3);
        PeriodData trump = data.get(1);
        assertThat(trump.den()[1]).containsExactly(5, 1, 0);
        assertThat(trump.value(1)).isCloseTo(1.0, within(TOLERANCE));
        assertThat(trump.unitValues(1)).as("the cut end of January is no full unit; March has no dyad event: no mean")
                .containsExactly(1.0);
    }

    @Test
    void intervalsInWhichTheDatasetHasNoEventAreLeftOut() {
        // nothing at all in February 2018: no data, not "no relations"
        List<DayAggregate> days = List.of(day("2018-01-10", 2, 5, 50), day("2018-03-05", 1, 5, 50),
                day("2018-04-30", 0, 0, 5));
        PeriodData trump = build(days, Interval.MONTH, List.of(Metric.EVENTS), Normalization.NONE).get(1);
        assertThat(trump.units()).isEqualTo(3);
        assertThat(trump.num()[0]).containsExactly(2, 1, 0);
        assertThat(trump.den()[0][0]).as("10 – 31 January").isCloseTo(22.0 / 31, within(TOLERANCE));
        assertThat(trump.den()[0][1]).as("all of March").isEqualTo(1.0);
        assertThat(trump.den()[0][2]).as("all of April").isEqualTo(1.0);
    }

    @Test
    void periodsAreClippedToTheDaysTheDatasetCovers() {
        List<DayAggregate> days = List.of(day("2016-11-15", 1, 1, 1), day("2017-03-10", 1, 1, 1));
        List<PeriodData> data = build(days, Interval.MONTH, List.of(Metric.EVENTS), Normalization.NONE);
        PeriodData obama = data.get(0);
        assertThat(obama.units()).as("15–30 November only; December and January hold no dataset event").isEqualTo(1);
        assertThat(obama.den()[0][0]).isCloseTo(16.0 / 30, within(TOLERANCE));
        PeriodData trump = data.get(1);
        assertThat(trump.units()).isEqualTo(1);
        assertThat(trump.den()[0][0]).as("1–10 March").isCloseTo(10.0 / 31, within(TOLERANCE));
        assertThat(build(List.of(), Interval.MONTH, List.of(Metric.EVENTS), Normalization.NONE))
                .allSatisfy(d -> assertThat(d.units()).isZero());
    }

    @Test
    void aComparisonThroughTheStoreCountsEventsByAdministration(@TempDir Path dir) {
        try (EventStore store = HandMadeEvents.storeWith(dir, List.of(
                event("o1", "2016-12-20", "PAK", "USA", "042"),
                event("o2", "2017-01-19", "USA", "PAK", "190"),
                event("t1", "2017-01-20", "PAK", "USA", "112"),
                event("t2", "2017-02-14", "PAK", "USA", "057"),
                event("t3", "2017-02-15", "IND", "CHN", "057")))) {
            Comparison c = new DyadAnalysis(store).compare(new DyadAnalysis.Scope(PAK_USA, false, null, null, Set.of()),
                    ADMINISTRATIONS, Interval.MONTH, List.of(Metric.EVENTS, Metric.GOLDSTEIN_MEAN), Normalization.NONE,
                    BootstrapOptions.DEFAULT);
            List<PeriodEstimate> events = c.estimates().stream().filter(e -> e.metric().equals("events")).toList();
            assertThat(events).extracting(PeriodEstimate::events).containsExactly(2L, 2L, 0L, 0L);
            PeriodEstimate obamaMean = c.estimates().stream()
                    .filter(e -> e.metric().equals("goldstein_mean") && e.period().name().equals("Obama II"))
                    .findFirst().orElseThrow();
            assertThat(obamaMean.value()).isCloseTo((1.9 - 10.0) / 2, within(TOLERANCE));
            // Obama II: 20–31 Dec (12/31) and 1–19 Jan (19/31), one event in each
            assertThat(events.get(0).value()).isCloseTo(2 / (31.0 / 31), within(TOLERANCE));
            assertThat(events.get(2).value()).isNaN();
            assertThat(c.basis()).contains("per month");
        }
    }

    @Test
    void aDyadWithoutEventsGivesUndefinedMeansWithoutFailing(@TempDir Path dir) {
        try (EventStore store = HandMadeEvents.storeWith(dir, List.of(event("x1", "2017-01-05", "IND", "CHN", "057"),
                event("x2", "2017-02-05", "IND", "CHN", "057"), event("x3", "2017-03-05", "CHN", "IND", "190")))) {
            Comparison c = new DyadAnalysis(store).compare(new DyadAnalysis.Scope(PAK_USA, false, null, null, Set.of()),
                    ADMINISTRATIONS, Interval.MONTH, List.of(Metric.GOLDSTEIN_MEAN, Metric.EVENTS), Normalization.NONE,
                    BootstrapOptions.DEFAULT);
            PeriodEstimate trumpMean = c.estimates().stream()
                    .filter(e -> e.metric().equals("goldstein_mean") && e.period().name().equals("Trump I"))
                    .findFirst().orElseThrow();
            assertThat(trumpMean.units()).isEqualTo(2);
            assertThat(trumpMean.value()).isNaN();
            assertThat(trumpMean.ciLow()).isNaN();
            assertThat(trumpMean.ciHigh()).isNaN();
            PeriodEstimate trumpEvents = c.estimates().stream()
                    .filter(e -> e.metric().equals("events") && e.period().name().equals("Trump I"))
                    .findFirst().orElseThrow();
            assertThat(trumpEvents.value()).isZero();
            assertThat(trumpEvents.ciLow()).isZero();
            assertThat(trumpEvents.ciHigh()).isZero();
        }
    }
}
