package org.dyadlab.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
    private static final String DASH = "\u2013";

    @Test
    void missingNumbersAreADashNeverNaN() {
        assertThat(Figures.number(Double.NaN)).isEqualTo(DASH);
        assertThat(Figures.fixed(Double.NaN, 2)).isEqualTo(DASH);
        assertThat(Figures.signed(Double.NaN)).isEqualTo(DASH);
        assertThat(Figures.pValue(Double.NaN)).isEqualTo(DASH);
        assertThat(Figures.effect(Double.NaN)).isEqualTo(DASH);
        assertThat(Figures.percent(Double.NaN)).isEqualTo(DASH);
        assertThat(Figures.interval(Double.NaN, Double.NaN)).isEqualTo(DASH);
        assertThat(Figures.interval(0.1, Double.NaN)).isEqualTo("[0.10, " + DASH + "]");
    }

    @Test
    void infinitiesAreSigns() {
        assertThat(Figures.number(Double.POSITIVE_INFINITY)).isEqualTo("\u221E");
        assertThat(Figures.number(Double.NEGATIVE_INFINITY)).isEqualTo("-\u221E");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "-0.0|0", "1234567.891|1,234,568", "-2150.5|-2,150", "999.6|1,000", "2150.5|2,150", "123.45|123.5",
        "99.996|100.0", "97.25|97.25", "1.5|1.50", "0.9|0.90", "0.21|0.21", "-0.61|-0.61", "0.01|0.01",
        "0.0042|0.0042", "0.000123456|0.000123", "-0.001|-0.001"})
    void precisionFollowsMagnitude(double x, String shown) {
        assertThat(Figures.number(x)).isEqualTo(shown);
    }

    @Test
    void theMachineLocaleDoesNotChangeSeparators() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Figures.number(1234567.5)).isEqualTo("1,234,568");
            assertThat(Figures.number(1.5)).isEqualTo("1.50");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void pValuesEffectsPercentagesAndWeights() {
        assertThat(Figures.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(Figures.pValue(0.0456)).isEqualTo("0.046");
        assertThat(Figures.effect(-1.2149)).isEqualTo("-1.21");
        assertThat(Figures.percent(0.874)).isEqualTo("87%");
        assertThat(Figures.signed(7)).isEqualTo("+7.0");
        assertThat(Figures.signed(-10)).isEqualTo("-10.0");
        assertThat(Figures.signed(0)).isEqualTo("0.0");
        assertThat(Figures.signed(-0.01)).isEqualTo("0.0");
        assertThat(Figures.count(1234567890L)).isEqualTo("1,234,567,890");
    }

    @Test
    void ticksShowTheDecimalsTheirStepNeeds() {
        assertThat(Figures.tick(2, 1)).isEqualTo("2");
        assertThat(Figures.tick(0.5, 0.5)).isEqualTo("0.5");
        assertThat(Figures.tick(0.15, 0.05)).isEqualTo("0.15");
        assertThat(Figures.tick(2000, 500)).isEqualTo("2,000");
    }
}
