package org.dyadlab.analysis.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.indicator.IndicatorObservation;
import org.dyadlab.model.indicator.IndicatorObservation.Precision;
import org.junit.jupiter.api.Test;

class IndicatorExpectationTest {
    private static IndicatorObservation fy(int year, double value) {
        return new IndicatorObservation("us_aid_obligations", "PAK", LocalDate.of(year - 1, 10, 1),
                Precision.FISCAL_YEAR, value, "USD", "ForeignAssistance.gov");
    }

    @Test
    void aFallSupportsAnExpectedDecreaseAndContradictsAnExpectedIncrease() {
        List<IndicatorObservation> rows = List.of(fy(2017, 831e6), fy(2018, 424e6));
        assertThat(IndicatorExpectation.DECREASE.judge(rows).stance()).isEqualTo(Stance.SUPPORTS);
        IndicatorExpectation.Judgement up = IndicatorExpectation.INCREASE.judge(rows);
        assertThat(up.stance()).isEqualTo(Stance.CONTRADICTS);
        assertThat(up.note()).contains("FY2017 to FY2018", "-49%", "expected increase, found decrease");
    }

    @Test
    void aChangeWithinTenPercentIsStableAndAZeroStartIsHandled() {
        assertThat(IndicatorExpectation.STABLE.judge(List.of(fy(2020, 100), fy(2021, 109))).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(IndicatorExpectation.INCREASE.judge(List.of(fy(2020, 0), fy(2021, 5))).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(IndicatorExpectation.ofKey("fall")).isEqualTo(IndicatorExpectation.DECREASE);
        assertThatThrownBy(() -> IndicatorExpectation.ofKey("sideways")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IndicatorExpectation.STABLE.judge(List.of(fy(2020, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
