package org.dyadlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.indicator.IndicatorObservation.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link IndicatorStore}: idempotent saves, replaced values, and reading series back. */
class IndicatorStoreTest {

    private static IndicatorObservation aid(int fiscalYear, double value) {
        return new IndicatorObservation("us_aid_obligations", "PAK", LocalDate.of(fiscalYear - 1, 10, 1),
                Precision.FISCAL_YEAR, value, "USD", "test");
    }

    private static List<IndicatorObservation> threeYears() {
        return List.of(aid(2017, 831.2e6), aid(2018, 423.7e6), aid(2019, 684.7e6));
    }

    @Test
    void savingTheSameValuesTwiceAddsNothingTheSecondTime(@TempDir Path dir) {
        try (EventStore store = StoreFixture.open(dir)) {
            assertThat(store.indicators().save(threeYears())).isEqualTo(new IndicatorStore.SaveResult(3, 0, 0));
            assertThat(store.indicators().save(threeYears())).isEqualTo(new IndicatorStore.SaveResult(0, 0, 3));
            assertThat(store.indicators().series("us_aid_obligations", "PAK", null, null)).isEqualTo(threeYears());
            assertThat(store.indicators().catalogue()).singleElement().satisfies(c -> {
                assertThat(c.values()).isEqualTo(3);
                assertThat(c.first()).isEqualTo(LocalDate.of(2016, 10, 1));
                assertThat(c.last()).isEqualTo(LocalDate.of(2018, 10, 1));
                assertThat(c.unit()).isEqualTo("USD");
            });
        }
    }

    @Test
    void aCorrectedFileReplacesChangedValuesAndCountsThem(@TempDir Path dir) {
        try (EventStore store = StoreFixture.open(dir)) {
            store.indicators().save(threeYears());
            IndicatorObservation newUnit = new IndicatorObservation("us_aid_obligations", "PAK",
                    LocalDate.of(2018, 10, 1), Precision.FISCAL_YEAR, 684.7e6, "USD (constant)", "test");
            IndicatorStore.SaveResult r = store.indicators().save(List.of(aid(2017, 831.2e6), aid(2018, 400e6), newUnit,
                    aid(2020, 196.8e6)));
            assertThat(r).isEqualTo(new IndicatorStore.SaveResult(1, 2, 1));

            List<IndicatorObservation> series = store.indicators().series("us_aid_obligations", "PAK", null, null);
            assertThat(series).containsExactly(aid(2017, 831.2e6), aid(2018, 400e6), newUnit, aid(2020, 196.8e6));
        }
        // saved for good: a reopened store has the corrected values and nothing twice
        try (EventStore store = StoreFixture.open(dir)) {
            assertThat(store.indicators().series("us_aid_obligations", "PAK", null, null)).hasSize(4)
                    .contains(aid(2018, 400e6));
            assertThat(store.indicators().save(List.of(aid(2018, 400e6)))).isEqualTo(new IndicatorStore.SaveResult(0, 0, 1));
        }
    }

    @Test
    void twoValuesForOneKeyInOneSaveAreRefusedAndNothingIsSaved(@TempDir Path dir) {
        try (EventStore store = StoreFixture.open(dir)) {
            assertThatThrownBy(() -> store.indicators().save(List.of(aid(2018, 1), aid(2019, 2), aid(2018, 3))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("us_aid_obligations")
                    .hasMessageContaining("2017-10-01");
            assertThat(store.indicators().catalogue()).isEmpty();
        }
    }

    @Test
    void aSeriesIsOneIndicatorAndSubjectWithinInclusiveBounds(@TempDir Path dir) {
        try (EventStore store = StoreFixture.open(dir)) {
            store.indicators().save(List.of(aid(2016, 1), aid(2017, 2), aid(2018, 3), aid(2019, 4),
                    new IndicatorObservation("us_aid_obligations", "IND", LocalDate.of(2017, 10, 1), Precision.FISCAL_YEAR,
                            9, "USD", "test"),
                    new IndicatorObservation("un_vote_agreement", "PAK-USA", LocalDate.of(2018, 1, 1), Precision.YEAR,
                            0.3, "share", "test")));
            assertThat(store.indicators().series("us_aid_obligations", "PAK", LocalDate.of(2016, 10, 1),
                    LocalDate.of(2017, 10, 1))).extracting(IndicatorObservation::value).containsExactly(2.0, 3.0);
            assertThat(store.indicators().series("us_aid_obligations", "PAK", LocalDate.of(2017, 10, 2), null))
                    .extracting(IndicatorObservation::value).containsExactly(4.0);
            assertThat(store.indicators().series("un_vote_agreement", "PAK-USA", null, null)).singleElement()
                    .satisfies(o -> assertThat(o.precision()).isEqualTo(Precision.YEAR));
            assertThat(store.indicators().catalogue()).extracting(c -> c.indicator() + " " + c.subject())
                    .containsExactly("un_vote_agreement PAK-USA", "us_aid_obligations IND", "us_aid_obligations PAK");
        }
    }
}
