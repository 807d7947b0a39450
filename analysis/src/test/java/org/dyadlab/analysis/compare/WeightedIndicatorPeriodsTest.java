package org.dyadlab.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.indicator.IndicatorObservation.Precision;
import org.dyadlab.model.period.Period;
import org.dyadlab.model.period.PeriodSet;
import org.junit.jupiter.api.Test;

/** A share weighed by what it is a share of: the period value is the pooled share, not the mean of shares. */
class WeightedIndicatorPeriodsTest {
    private static IndicatorObservation obs(String indicator, int year, double value) {
        return new IndicatorObservation(indicator, "PAK-USA", LocalDate.of(year, 1, 1), Precision.YEAR, value, "x", "s");
    }

    @Test
    void aYearWithOneRollCallWeighsOneRollCall() {
        PeriodSet set = new PeriodSet("p", "", List.of(new Period("A", LocalDate.of(2017, 1, 1), null)));
        List<IndicatorObservation> share = List.of(obs("agree", 2018, 0.2), obs("agree", 2019, 0.1), obs("agree", 2020, 0.0));
        List<IndicatorObservation> votes = List.of(obs("n", 2018, 100), obs("n", 2019, 50), obs("n", 2020, 1));
        PeriodData equal = IndicatorPeriods.build(share, set).get(0);
        PeriodData weighted = IndicatorPeriods.build(share, votes, set).get(0);
        assertThat(equal.value(0)).isCloseTo(0.1, within(1e-12));
        // (0.2·100 + 0.1·50 + 0·1) / 151
        assertThat(weighted.value(0)).isCloseTo(25.0 / 151, within(1e-12));
        assertThat(weighted.units()).isEqualTo(3);
    }

    @Test
    void aValueWithoutItsWeightIsLeftOut() {
        PeriodSet set = new PeriodSet("p", "", List.of(new Period("A", LocalDate.of(2017, 1, 1), null)));
        PeriodData d = IndicatorPeriods.build(List.of(obs("agree", 2018, 0.2), obs("agree", 2019, 0.4)),
                List.of(obs("n", 2018, 10)), set).get(0);
        assertThat(d.units()).isEqualTo(1);
        assertThat(d.value(0)).isCloseTo(0.2, within(1e-12));
    }
}
