package org.dyadlab.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.DayAggregate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DyadSeries#of}: which intervals a series has (every one, the empty ones included, cut at the ends of
 * the query) and that each interval's sums are the sums of its days. Intervals are counted a second way, from
 * {@link YearMonth}, ISO week fields and quarter fields, not from {@link Interval}.
 */
class DyadSeriesTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");

    static Stream<Arguments> spans() {
        List<Arguments> out = new ArrayList<>();
        List<LocalDate[]> spans = List.of(
                new LocalDate[] {LocalDate.of(2018, 8, 29), LocalDate.of(2018, 10, 31)},   // Wed to Wed
                new LocalDate[] {LocalDate.of(2016, 11, 15), LocalDate.of(2021, 2, 3)},    // mid-month, leap year
                new LocalDate[] {LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 6)},    // one ISO week across years
                new LocalDate[] {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)},    // whole intervals
                new LocalDate[] {LocalDate.of(2019, 5, 5), LocalDate.of(2019, 5, 5)});     // a single day
        for (Interval i : Interval.values()) {
            for (LocalDate[] s : spans) {
                out.add(Arguments.of(i, s[0], s[1]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @MethodSource("spans")
    void everyIntervalOfTheSpanIsThereInOrderAndCutAtTheEnds(Interval interval, LocalDate from, LocalDate to) {
        List<DayAggregate> days = List.of(day(from.plusDays(0), 1, 1.0));
        List<SeriesPoint> points = DyadSeries.of(PAK_USA, false, interval, days, from, to).points();

        Set<Object> keys = new LinkedHashSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            keys.add(key(interval, d));
        }
        assertThat(points).hasSize(keys.size());
        assertThat(points.get(0).start()).isEqualTo(from);
        assertThat(points.get(points.size() - 1).end()).isEqualTo(to.plusDays(1));
        List<Object> expectedKeys = new ArrayList<>(keys);
        for (int i = 0; i < points.size(); i++) {
            SeriesPoint p = points.get(i);
            assertThat(p.end()).isAfter(p.start());
            if (i > 0) {
                assertThat(p.start()).as("contiguous").isEqualTo(points.get(i - 1).end());
                if (interval == Interval.WEEK) {
                    assertThat(p.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                }
            }
            // every day of the point lies in the same interval, and the day after the point does not
            assertThat(key(interval, p.start())).isEqualTo(expectedKeys.get(i));
            assertThat(key(interval, p.end().minusDays(1))).isEqualTo(expectedKeys.get(i));
            if (i < points.size() - 1) {
                assertThat(key(interval, p.end())).isNotEqualTo(expectedKeys.get(i));
            }
        }
    }

    /** The interval a day belongs to, computed without {@link Interval}. */
    private static Object key(Interval interval, LocalDate d) {
        return switch (interval) {
            case DAY -> d;
            case WEEK -> d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH -> YearMonth.from(d);
            case QUARTER -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> d.getYear();
        };
    }

    @Test
    void isoWeeksStartOnMondayAcrossTheTurnOfTheYear() {
        // 2021-01-03 is a Sunday: it belongs to the ISO week of Monday 2020-12-28
        List<SeriesPoint> points = DyadSeries.of(PAK_USA, false, Interval.WEEK, List.of(), LocalDate.of(2020, 12, 27),
                LocalDate.of(2021, 1, 4)).points();
        assertThat(points).extracting(SeriesPoint::start).containsExactly(LocalDate.of(2020, 12, 27),
                LocalDate.of(2020, 12, 28), LocalDate.of(2021, 1, 4));
        assertThat(points).extracting(SeriesPoint::end).containsExactly(LocalDate.of(2020, 12, 28),
                LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 5));
    }

    @Test
    void firstAndLastMonthsAreCutWhereTheQueryStartsAndEnds() {
        List<SeriesPoint> points = DyadSeries.of(PAK_USA, false, Interval.MONTH, List.of(),
                LocalDate.of(2017, 1, 20), LocalDate.of(2017, 3, 10)).points();
        assertThat(points).extracting(SeriesPoint::start).containsExactly(LocalDate.of(2017, 1, 20),
                LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 1));
        assertThat(points).extracting(SeriesPoint::end).containsExactly(LocalDate.of(2017, 2, 1),
                LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 11));
    }

    @Test
    void emptyIntervalsAreExplicitWithZeroEventsAndUndefinedMeans() {
        List<DayAggregate> days = List.of(day(LocalDate.of(2020, 1, 15), 2, 3.0), day(LocalDate.of(2020, 3, 2), 1, -4.0));
        DyadSeries s = DyadSeries.of(PAK_USA, false, Interval.MONTH, days, null, null);

        assertThat(s.points()).extracting(SeriesPoint::start).containsExactly(LocalDate.of(2020, 1, 15),
                LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 1));
        SeriesPoint february = s.points().get(1);
        assertThat(february.sums()).isEqualTo(Sums.ZERO);
        assertThat(february.value(Metric.EVENTS, Normalization.NONE)).isZero();
        assertThat(february.value(Metric.GOLDSTEIN_MEAN, Normalization.NONE)).isNaN();
        assertThat(february.value(Metric.CONFLICT_SHARE, Normalization.NONE)).isNaN();
        assertThat(february.value(Metric.EVENTS, Normalization.ACTORS)).isNaN();
        assertThat(s.values(Metric.GOLDSTEIN_MEAN, Normalization.NONE)).containsExactly(1.5, Double.NaN, -4.0);
    }

    @Test
    void withoutBoundsTheSeriesRunsFromTheFirstToTheLastDayGiven() {
        List<DayAggregate> days = List.of(day(LocalDate.of(2020, 1, 15), 2, 3.0), day(LocalDate.of(2020, 3, 2), 1, -4.0));
        List<SeriesPoint> points = DyadSeries.of(PAK_USA, false, Interval.MONTH, days, null, null).points();
        assertThat(points.get(points.size() - 1).end()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(DyadSeries.of(PAK_USA, false, Interval.MONTH, List.of(), null, null).points()).isEmpty();
    }

    @Test
    void daysOutsideTheBoundsAreNotCounted() {
        List<DayAggregate> days = List.of(day(LocalDate.of(2020, 1, 4), 5, 5.0), day(LocalDate.of(2020, 1, 5), 1, 1.0),
                day(LocalDate.of(2020, 1, 11), 2, 2.0), day(LocalDate.of(2020, 1, 12), 7, 7.0));
        DyadSeries s = DyadSeries.of(PAK_USA, false, Interval.WEEK, days, LocalDate.of(2020, 1, 5),
                LocalDate.of(2020, 1, 11));
        // Sunday 5 Jan closes the week of 30 Dec; Monday 6 – Saturday 11 is the next week, cut
        assertThat(s.points()).extracting(p -> p.sums().events()).containsExactly(1L, 2L);
        assertThat(s.total().events()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("intervals")
    void eachIntervalHoldsTheSumOfItsDays(Interval interval) {
        SplittableRandom random = new SplittableRandom(7 + interval.ordinal());
        List<DayAggregate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2015, 12, 20); d.isBefore(LocalDate.of(2018, 2, 1)); d = d.plusDays(1)) {
            if (random.nextInt(3) > 0) {   // a third of the days have no event at all
                long q1 = random.nextInt(4);
                long q2 = random.nextInt(3);
                long q3 = random.nextInt(3);
                long q4 = random.nextInt(2);
                double coop = q1 * 1.9 + q2 * 7.0;
                double conflict = q3 * 2.0 + q4 * 10.0;
                long events = q1 + q2 + q3 + q4;
                long actor = events + random.nextInt(20);
                days.add(new DayAggregate(d, events, coop - conflict, q1, q2, q3, q4, coop, conflict, actor,
                        actor + random.nextInt(500)));
            }
        }
        LocalDate from = LocalDate.of(2016, 1, 13);
        LocalDate to = LocalDate.of(2017, 11, 17);
        DyadSeries s = DyadSeries.of(PAK_USA, false, interval, days, from, to);

        for (SeriesPoint p : s.points()) {
            long events = 0;
            long q3 = 0;
            long all = 0;
            long actor = 0;
            double goldstein = 0;
            for (DayAggregate d : days) {
                if (!d.day().isBefore(p.start()) && d.day().isBefore(p.end())) {
                    events += d.events();
                    q3 += d.quad3();
                    all += d.allEvents();
                    actor += d.actorEvents();
                    goldstein += d.goldsteinSum();
                }
            }
            assertThat(p.sums().events()).as("events from " + p.start()).isEqualTo(events);
            assertThat(p.sums().quad(3)).isEqualTo(q3);
            assertThat(p.sums().allEvents()).isEqualTo(all);
            assertThat(p.sums().actorEvents()).isEqualTo(actor);
            assertThat(p.sums().goldsteinSum()).isCloseTo(goldstein, org.assertj.core.api.Assertions.within(1e-9));
        }
        long inside = days.stream().filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .mapToLong(DayAggregate::events).sum();
        assertThat(s.total().events()).isEqualTo(inside);
    }

    static Stream<Interval> intervals() {
        return Stream.of(Interval.values());
    }

    private static DayAggregate day(LocalDate d, long events, double goldstein) {
        return new DayAggregate(d, events, goldstein, events, 0, 0, 0, goldstein, 0, events, events);
    }
}
