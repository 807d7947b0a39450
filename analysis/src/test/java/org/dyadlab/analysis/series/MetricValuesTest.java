package org.dyadlab.analysis.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.dyadlab.analysis.HandMadeEvents.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.HandMadeEvents;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link Metric} and {@link Normalization} by hand, through the store and {@link DyadAnalysis#series}.
 *
 * <p>The fixture, PAK–USA, origin "test" unless said otherwise:
 * <ul>
 *   <li>January 2020, dyad: PAK→USA 042 (+1.9, QC1), USA→PAK 016 (−2.0, QC1), PAK→USA 070 (+7.0, QC2),
 *       USA→PAK 112 (−2.0, QC3), PAK→USA 130 (−4.4, QC3), USA→PAK 190 (−10, QC4). Others: IND→PAK 057,
 *       PAK→CHN 042, USA→(no country) 010 (each involving an actor), CHN→IND 190 (involving neither); and one
 *       PAK→USA 057 of origin "gdelt1".</li>
 *   <li>February: IND→PAK 057 and CHN→IND 190 only. March: nothing at all.</li>
 *   <li>April: PAK→USA 173 (−5, QC4) and CHN→IND 190.</li>
 * </ul>
 * January by hand: 6 dyad events; Goldstein sum 1.9 − 2 + 7 − 2 − 4.4 − 10 = −9.5; QuadClasses 2, 1, 2, 1;
 * cooperative weight 1.9 − 2 + 7 = 6.9; conflictual |weight| 2 + 4.4 + 10 = 16.4; net cooperation −9.5;
 * 9 events involve PAK or USA; 10 events in all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricValuesTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static final double TOLERANCE = 1e-9;

    private EventStore store;
    private DyadAnalysis analysis;

    @BeforeAll
    void load(@TempDir Path dir) {
        store = HandMadeEvents.storeWith(dir, List.of(
                event("j1", "2020-01-03", "PAK", "USA", "042"),
                event("j2", "2020-01-03", "USA", "PAK", "016"),
                event("j3", "2020-01-10", "PAK", "USA", "070"),
                event("j4", "2020-01-15", "USA", "PAK", "112"),
                event("j5", "2020-01-20", "PAK", "USA", "130"),
                event("j6", "2020-01-31", "USA", "PAK", "190"),
                event("j7", "2020-01-10", "IND", "PAK", "057"),
                event("j8", "2020-01-15", "PAK", "CHN", "042"),
                event("j9", LocalDate.of(2020, 1, 20), HandMadeEvents.actor("USA"), EventActor.UNKNOWN, "010", "test"),
                event("j10", "2020-01-15", "CHN", "IND", "190"),
                event("g1", LocalDate.of(2020, 1, 25), HandMadeEvents.actor("PAK"), HandMadeEvents.actor("USA"), "057",
                        "gdelt1"),
                event("f1", "2020-02-14", "IND", "PAK", "057"),
                event("f2", "2020-02-12", "CHN", "IND", "190"),
                event("a1", "2020-04-01", "PAK", "USA", "173"),
                event("a2", "2020-04-30", "CHN", "IND", "190")));
        analysis = new DyadAnalysis(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    private List<SeriesPoint> months(boolean directed, LocalDate from, LocalDate to, Set<String> origins) {
        return analysis.series(new DyadAnalysis.Scope(PAK_USA, directed, from, to, origins), Interval.MONTH).points();
    }

    @Test
    void januaryGivesEveryMetricAsWorkedOutByHand() {
        List<SeriesPoint> points = months(false, null, null, Set.of("test"));
        assertThat(points).extracting(SeriesPoint::start).containsExactly(LocalDate.of(2020, 1, 3),
                LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1));
        SeriesPoint jan = points.get(0);
        Normalization none = Normalization.NONE;

        assertThat(jan.value(Metric.EVENTS, none)).isEqualTo(6.0);
        assertThat(jan.value(Metric.GOLDSTEIN_SUM, none)).isCloseTo(-9.5, within(TOLERANCE));
        assertThat(jan.value(Metric.GOLDSTEIN_MEAN, none)).isCloseTo(-9.5 / 6, within(TOLERANCE));
        assertThat(jan.value(Metric.VERBAL_COOPERATION, none)).isEqualTo(2.0);
        assertThat(jan.value(Metric.MATERIAL_COOPERATION, none)).isEqualTo(1.0);
        assertThat(jan.value(Metric.VERBAL_CONFLICT, none)).isEqualTo(2.0);
        assertThat(jan.value(Metric.MATERIAL_CONFLICT, none)).isEqualTo(1.0);
        assertThat(jan.value(Metric.VERBAL_COOPERATION_SHARE, none)).isCloseTo(2.0 / 6, within(TOLERANCE));
        assertThat(jan.value(Metric.MATERIAL_COOPERATION_SHARE, none)).isCloseTo(1.0 / 6, within(TOLERANCE));
        assertThat(jan.value(Metric.VERBAL_CONFLICT_SHARE, none)).isCloseTo(2.0 / 6, within(TOLERANCE));
        assertThat(jan.value(Metric.MATERIAL_CONFLICT_SHARE, none)).isCloseTo(1.0 / 6, within(TOLERANCE));
        assertThat(jan.value(Metric.CONFLICT_SHARE, none)).isCloseTo(0.5, within(TOLERANCE));
        // 016 is cooperative with a negative weight: it lowers the cooperative side, it is not counted as conflict
        assertThat(jan.sums().coopWeight()).isCloseTo(6.9, within(TOLERANCE));
        assertThat(jan.sums().conflictWeight()).isCloseTo(16.4, within(TOLERANCE));
        assertThat(jan.value(Metric.NET_COOPERATION, none)).as("(2 + 1) - (2 + 1) events").isZero();
        assertThat(jan.value(Metric.COOPERATIVE_WEIGHT, none)).isCloseTo(6.9, within(TOLERANCE));
        assertThat(jan.value(Metric.CONFLICTUAL_WEIGHT, none)).isCloseTo(16.4, within(TOLERANCE));
        assertThat(jan.sums().actorEvents()).isEqualTo(9);
        assertThat(jan.sums().allEvents()).isEqualTo(10);
    }

    @Test
    void normalisedCountsArePerThousandEventsOfTheActorsOrTheDataset() {
        SeriesPoint jan = months(false, null, null, Set.of("test")).get(0);
        assertThat(jan.value(Metric.EVENTS, Normalization.ACTORS)).isCloseTo(6 / 9.0 * 1000, within(TOLERANCE));
        assertThat(jan.value(Metric.EVENTS, Normalization.DATASET)).isCloseTo(6 / 10.0 * 1000, within(TOLERANCE));
        assertThat(jan.value(Metric.VERBAL_CONFLICT, Normalization.DATASET)).isCloseTo(2 / 10.0 * 1000,
                within(TOLERANCE));
        assertThat(jan.value(Metric.GOLDSTEIN_SUM, Normalization.ACTORS)).isCloseTo(-9.5 / 9 * 1000, within(TOLERANCE));
        assertThat(jan.value(Metric.CONFLICTUAL_WEIGHT, Normalization.DATASET)).isCloseTo(16.4 / 10 * 1000,
                within(TOLERANCE));
        // intensive metrics are never normalised
        assertThat(jan.value(Metric.GOLDSTEIN_MEAN, Normalization.DATASET)).isCloseTo(-9.5 / 6, within(TOLERANCE));
        assertThat(jan.value(Metric.CONFLICT_SHARE, Normalization.ACTORS)).isCloseTo(0.5, within(TOLERANCE));
        assertThat(Metric.CONFLICT_SHARE.effective(Normalization.ACTORS)).isEqualTo(Normalization.NONE);
        assertThat(Metric.EVENTS.effective(Normalization.ACTORS)).isEqualTo(Normalization.ACTORS);

        SeriesPoint april = months(false, null, null, Set.of("test")).get(3);
        assertThat(april.value(Metric.EVENTS, Normalization.ACTORS)).isCloseTo(1000.0, within(TOLERANCE));
        assertThat(april.value(Metric.EVENTS, Normalization.DATASET)).isCloseTo(500.0, within(TOLERANCE));
    }

    @Test
    void aMonthWithoutDyadEventsIsZeroForCountsAndUndefinedForMeansAndShares() {
        SeriesPoint feb = months(false, null, null, Set.of("test")).get(1);
        assertThat(feb.sums().events()).isZero();
        assertThat(feb.sums().actorEvents()).isEqualTo(1);
        assertThat(feb.sums().allEvents()).isEqualTo(2);
        assertThat(feb.value(Metric.EVENTS, Normalization.NONE)).isZero();
        assertThat(feb.value(Metric.EVENTS, Normalization.ACTORS)).isZero();
        assertThat(feb.value(Metric.NET_COOPERATION, Normalization.DATASET)).isZero();
        for (Metric m : List.of(Metric.GOLDSTEIN_MEAN, Metric.VERBAL_COOPERATION_SHARE, Metric.MATERIAL_COOPERATION_SHARE,
                Metric.VERBAL_CONFLICT_SHARE, Metric.MATERIAL_CONFLICT_SHARE, Metric.CONFLICT_SHARE)) {
            assertThat(feb.value(m, Normalization.NONE)).as(m.key()).isNaN();
        }
    }

    @Test
    void aMonthWithoutAnyEventHasNoDenominatorForNormalisedCounts() {
        SeriesPoint march = months(false, null, null, Set.of("test")).get(2);
        assertThat(march.sums()).isEqualTo(Sums.ZERO);
        assertThat(march.value(Metric.EVENTS, Normalization.NONE)).isZero();
        assertThat(march.value(Metric.EVENTS, Normalization.ACTORS)).isNaN();
        assertThat(march.value(Metric.EVENTS, Normalization.DATASET)).isNaN();
        assertThat(march.value(Metric.GOLDSTEIN_MEAN, Normalization.NONE)).isNaN();
    }

    @Test
    void directedSeriesCountsOneDirectionButTheSameVolume() {
        SeriesPoint jan = months(true, null, null, Set.of("test")).get(0);
        assertThat(jan.start()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(jan.sums().events()).isEqualTo(3);
        assertThat(jan.value(Metric.GOLDSTEIN_SUM, Normalization.NONE)).isCloseTo(1.9 + 7.0 - 4.4, within(TOLERANCE));
        assertThat(jan.value(Metric.CONFLICT_SHARE, Normalization.NONE)).isCloseTo(1.0 / 3, within(TOLERANCE));
        assertThat(jan.sums().actorEvents()).isEqualTo(9);
    }

    @Test
    void boundsAndOriginsRestrictTheDyadAndTheDenominatorsAlike() {
        List<SeriesPoint> points = months(false, LocalDate.of(2020, 1, 10), LocalDate.of(2020, 4, 15), Set.of("test"));
        assertThat(points).extracting(SeriesPoint::start).containsExactly(LocalDate.of(2020, 1, 10),
                LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1));
        assertThat(points.get(3).end()).isEqualTo(LocalDate.of(2020, 4, 16));
        SeriesPoint jan = points.get(0);
        assertThat(jan.sums().events()).isEqualTo(4);
        assertThat(jan.sums().actorEvents()).isEqualTo(7);
        assertThat(jan.sums().allEvents()).isEqualTo(8);
        assertThat(points.get(3).sums().allEvents()).as("CHN→IND on 30 April is after the end").isEqualTo(1);

        SeriesPoint allOrigins = months(false, null, null, Set.of()).get(0);
        assertThat(allOrigins.sums().events()).isEqualTo(7);
        assertThat(allOrigins.sums().goldsteinSum()).isCloseTo(-9.5 + 8.0, within(TOLERANCE));
        assertThat(allOrigins.sums().actorEvents()).isEqualTo(10);
        assertThat(allOrigins.sums().allEvents()).isEqualTo(11);
        assertThat(months(false, null, null, Set.of("gdelt1"))).hasSize(1);
    }

    @Test
    void metricAndNormalisationKeysParseAndUnknownOnesAreRefused() {
        assertThat(Metric.ofKey("conflict-share")).isEqualTo(Metric.CONFLICT_SHARE);
        assertThat(Metric.ofKey("NET_COOPERATION")).isEqualTo(Metric.NET_COOPERATION);
        assertThat(Normalization.ofKey("Dataset")).isEqualTo(Normalization.DATASET);
        assertThatThrownBy(() -> Metric.ofKey("tone")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tone");
        assertThatThrownBy(() -> Normalization.ofKey("population")).isInstanceOf(IllegalArgumentException.class);
    }
}
