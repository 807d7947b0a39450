package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.dyadlab.model.event.Dyad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EventStore#dyadSummary} on a hand-made set whose figures are worked out below: Pakistan → US
 * 042 (+1.9, QuadClass 1) and 190 (−10, QC 4) in January 2020 and 112 (−2, QC 3) in March; US → Pakistan
 * 0211 (+3.4, QC 1) in January; nothing between them in February (only an India → Pakistan event, which
 * belongs to another dyad).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DyadSummaryTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static final double TOLERANCE = 1e-9;

    private EventStore store;

    @BeforeAll
    void loadHandMadeEvents(@TempDir Path dir) {
        store = StoreFixture.open(dir);
        StoreFixture.load(store,
                TestEvent.of("g:1", "2020-01-03", "PAK", "USA", "042").origin("gdelt2").build(),
                TestEvent.of("g:2", "2020-01-20", "PAK", "USA", "190").origin("gdelt2").build(),
                TestEvent.of("i:1", "2020-01-31", "USA", "PAK", "0211").origin("icews").build(),
                TestEvent.of("i:2", "2020-03-01", "PAK", "USA", "112").origin("icews").build(),
                TestEvent.of("x:1", "2020-02-14", "IND", "PAK", "190").origin("icews").build());
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @Test
    void undirectedSummaryHasOneRowPerDirection() {
        DyadSummary s = store.dyadSummary(EventQuery.of(PAK_USA, false));

        assertThat(s.directions()).hasSize(2);
        DyadSummary.Direction pakUsa = s.directions().get(0);
        assertThat(pakUsa.source()).isEqualTo("PAK");
        assertThat(pakUsa.target()).isEqualTo("USA");
        assertThat(pakUsa.events()).isEqualTo(3);
        assertThat(pakUsa.goldsteinMean()).isCloseTo((1.9 - 10.0 - 2.0) / 3, within(TOLERANCE));
        assertThat(pakUsa.quadCounts()).containsExactly(1, 0, 1, 1);
        DyadSummary.Direction usaPak = s.directions().get(1);
        assertThat(usaPak.source()).isEqualTo("USA");
        assertThat(usaPak.events()).isEqualTo(1);
        assertThat(usaPak.goldsteinMean()).isCloseTo(3.4, within(TOLERANCE));
        assertThat(usaPak.quadCounts()).containsExactly(1, 0, 0, 0);
        assertThat(s.total()).isEqualTo(4);
        assertThat(s.origins()).isEqualTo(Map.of("gdelt2", 2L, "icews", 2L));
    }

    @Test
    void monthsRunFromFirstToLastWithAnExplicitEmptyMonth() {
        DyadSummary s = store.dyadSummary(EventQuery.of(PAK_USA, false));

        assertThat(s.months()).extracting(DyadSummary.Month::month)
                .containsExactly(YearMonth.of(2020, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3));
        DyadSummary.Month jan = s.months().get(0);
        assertThat(jan.events()).isEqualTo(3);
        assertThat(jan.goldsteinMean()).isCloseTo((1.9 - 10.0 + 3.4) / 3, within(TOLERANCE));
        assertThat(jan.conflictShare()).isCloseTo(1.0 / 3, within(TOLERANCE));
        DyadSummary.Month feb = s.months().get(1);
        assertThat(feb.events()).isZero();
        assertThat(feb.goldsteinMean()).isNaN();
        assertThat(feb.conflictShare()).isNaN();
        DyadSummary.Month mar = s.months().get(2);
        assertThat(mar.events()).isEqualTo(1);
        assertThat(mar.goldsteinMean()).isCloseTo(-2.0, within(TOLERANCE));
        assertThat(mar.conflictShare()).isCloseTo(1.0, within(TOLERANCE));
    }

    @Test
    void directedSummaryHasOnlyTheFirstActingOnTheSecond() {
        DyadSummary s = store.dyadSummary(EventQuery.of(PAK_USA.reversed(), true));

        assertThat(s.directions()).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("USA");
            assertThat(d.target()).isEqualTo("PAK");
            assertThat(d.events()).isEqualTo(1);
        });
        assertThat(s.months()).extracting(DyadSummary.Month::month).containsExactly(YearMonth.of(2020, 1));
        assertThat(s.origins()).isEqualTo(Map.of("icews", 1L));
    }

    @Test
    void dateBoundsApplyToDirectionsMonthsAndOrigins() {
        DyadSummary s = store.dyadSummary(EventQuery.of(PAK_USA, false)
                .between(LocalDate.of(2020, 1, 20), LocalDate.of(2020, 2, 29)));

        assertThat(s.directions()).extracting(DyadSummary.Direction::events).containsExactly(1L, 1L);
        assertThat(s.months()).extracting(DyadSummary.Month::month).containsExactly(YearMonth.of(2020, 1));
        assertThat(s.origins()).isEqualTo(Map.of("gdelt2", 1L, "icews", 1L));
    }

    @Test
    void dyadWithoutEventsHasZeroCountsNaNMeansAndNoMonths() {
        DyadSummary s = store.dyadSummary(EventQuery.of(Dyad.parse("CHN-PAK"), false));

        assertThat(s.total()).isZero();
        assertThat(s.directions()).hasSize(2).allSatisfy(d -> {
            assertThat(d.events()).isZero();
            assertThat(d.goldsteinMean()).isNaN();
            assertThat(d.quadCounts()).containsExactly(0, 0, 0, 0);
        });
        assertThat(s.months()).isEmpty();
        assertThat(s.origins()).isEmpty();
    }

    @Test
    void summaryNeedsADyad() {
        assertThatThrownBy(() -> store.dyadSummary(EventQuery.ALL)).isInstanceOf(IllegalArgumentException.class);
    }
}
