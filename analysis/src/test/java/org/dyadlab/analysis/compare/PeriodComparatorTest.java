package org.dyadlab.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.dyadlab.model.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PeriodComparator} on hand-made {@link PeriodData}: values, intervals whose width is known in advance
 * (zero, or the textbook s/√n for independent units), reproducibility, differences, p-values, Hedges' g worked
 * out by hand, and periods with too few units.
 */
class PeriodComparatorTest {
    private static final Period EARLIER = new Period("Earlier", LocalDate.of(2013, 1, 20), LocalDate.of(2017, 1, 20));
    private static final Period LATER = new Period("Later", LocalDate.of(2017, 1, 20), LocalDate.of(2021, 1, 20));
    private static final double TOLERANCE = 1e-12;

    private static PeriodData data(Period p, double[] num, double[] den) {
        return new PeriodData(p, new double[][] {num}, new double[][] {den}, num.length);
    }

    private static double[] ones(int n) {
        double[] d = new double[n];
        Arrays.fill(d, 1);
        return d;
    }

    private static Comparison compare(BootstrapOptions o, PeriodData... data) {
        return new PeriodComparator(o).compare(List.of("m"), List.of(data), "test");
    }

    private static BootstrapOptions options(int replicates, long seed, int blockLength, double level) {
        return new BootstrapOptions(replicates, seed, blockLength, level);
    }

    private static double[] normal(SplittableRandom r, int n, double mean, double sd) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            // Box–Muller, so that the test depends on nothing but the seed
            double u1 = 1 - r.nextDouble();
            double u2 = r.nextDouble();
            v[i] = mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
        return v;
    }

    @Test
    void aPeriodsValueIsTheSumOfNumeratorsOverTheSumOfDenominators() {
        PeriodData d = data(EARLIER, new double[] {2, 4, 6}, new double[] {1, 2, 5});
        PeriodEstimate e = compare(BootstrapOptions.DEFAULT, d).estimates().get(0);
        assertThat(e.value()).isCloseTo(12.0 / 8.0, within(TOLERANCE));
        assertThat(e.units()).isEqualTo(3);
        assertThat(e.blockLength()).as("3 units: a t interval, no bootstrap blocks").isZero();
        assertThat(e.method()).isEqualTo("t");
        assertThat(d.unitValues(0)).containsExactly(2.0, 2.0, 1.2);
    }

    @Test
    void aBlockAsLongAsThePeriodGivesAZeroWidthIntervalAtTheValue() {
        double[] num = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        double[] den = {1, 2, 1, 1, 2, 3, 1, 1, 2, 1};
        PeriodEstimate e = compare(options(200, 1, 10, 0.95), data(EARLIER, num, den)).estimates().get(0);
        assertThat(e.blockLength()).isEqualTo(10);
        assertThat(e.ciLow()).isCloseTo(39.0 / 15.0, within(TOLERANCE));
        assertThat(e.ciHigh()).isCloseTo(39.0 / 15.0, within(TOLERANCE));
        // a block length longer than the period is cut to the period
        assertThat(compare(options(200, 1, 50, 0.95), data(EARLIER, num, den)).estimates().get(0).blockLength())
                .isEqualTo(10);
    }

    @Test
    void aConstantRatioGivesAnIntervalEqualToIt() {
        double[] den = {1, 4, 2, 8, 5, 7, 1, 3, 9, 2, 6, 4};
        double[] num = Arrays.stream(den).map(x -> 0.25 * x).toArray();
        PeriodEstimate e = compare(options(500, 3, 2, 0.95), data(EARLIER, num, den)).estimates().get(0);
        assertThat(e.value()).isCloseTo(0.25, within(TOLERANCE));
        assertThat(e.ciLow()).isCloseTo(0.25, within(TOLERANCE));
        assertThat(e.ciHigh()).isCloseTo(0.25, within(TOLERANCE));
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        double[] x = normal(new SplittableRandom(11), 48, 5, 2);
        double[] y = normal(new SplittableRandom(12), 48, 6, 2);
        PeriodData a = data(EARLIER, x, ones(48));
        PeriodData b = data(LATER, y, ones(48));
        Comparison first = compare(options(300, 99, 0, 0.95), a, b);
        Comparison again = compare(options(300, 99, 0, 0.95), a, b);
        Comparison other = compare(options(300, 100, 0, 0.95), a, b);

        assertThat(again.estimates()).isEqualTo(first.estimates());
        assertThat(again.differences()).isEqualTo(first.differences());
        assertThat(other.estimates().get(0).value()).isEqualTo(first.estimates().get(0).value());
        assertThat(other.estimates().get(0).ciLow()).isNotEqualTo(first.estimates().get(0).ciLow());
        assertThat(other.differences().get(0).ciHigh()).isNotEqualTo(first.differences().get(0).ciHigh());
    }

    /**
     * Independent units and blocks of 1 make the moving-block bootstrap the ordinary bootstrap, whose SD of
     * the mean is s·√((n−1)/n)/√n. With 4,000 replicates the SD of the replicates is itself known to about
     * 1/√(2·4000) ≈ 1.1 %; the test allows 5 %.
     */
    @Test
    void withIndependentUnitsAndBlocksOfOneTheBootstrapSdIsTheTextbookStandardError() {
        int n = 400;
        double[] x = normal(new SplittableRandom(2024), n, 10, 2);
        double mean = Arrays.stream(x).average().orElseThrow();
        double s = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double se = s / Math.sqrt(n) * Math.sqrt((n - 1.0) / n);

        double[] reps = MovingBlockBootstrap.replicates(new double[][] {x}, new double[][] {ones(n)}, 1, 4000,
                new SplittableRandom(5))[0];
        double repMean = Arrays.stream(reps).average().orElseThrow();
        double repSd = Math.sqrt(Arrays.stream(reps).map(v -> (v - repMean) * (v - repMean)).sum() / (reps.length - 1));
        assertThat(repSd).isCloseTo(se, within(0.05 * se));
        assertThat(repMean).isCloseTo(mean, within(0.1 * se));

        // the percentile interval at 95 % and at 80 %: mean ± 1.96 SE and ± 1.28 SE, within 10 %
        for (double[] level : new double[][] {{0.95, 1.959964}, {0.80, 1.281552}}) {
            PeriodEstimate e = compare(options(4000, 8, 1, level[0]), data(EARLIER, x, ones(n))).estimates().get(0);
            double half = level[1] * se;
            assertThat(e.value()).isCloseTo(mean, within(TOLERANCE));
            assertThat(mean - e.ciLow()).as("lower half-width at " + level[0]).isCloseTo(half, within(0.1 * half));
            assertThat(e.ciHigh() - mean).as("upper half-width at " + level[0]).isCloseTo(half, within(0.1 * half));
        }
    }

    /**
     * Three units {1, 10, 100} in blocks of 2: the possible blocks are (0,1) and (1,2), and a resample is one
     * whole block and the first unit of another, so its sum is one of 1+10+1, 1+10+10, 10+100+1, 10+100+10,
     * each with probability 1/4.
     */
    @Test
    void movingBlocksJoinConsecutiveUnits() {
        double[] reps = MovingBlockBootstrap.replicates(new double[][] {{1, 10, 100}}, new double[][] {ones(3)}, 2,
                4000, new SplittableRandom(17))[0];
        Map<Long, Integer> counts = new HashMap<>();
        for (double r : reps) {
            counts.merge(Math.round(r * 3), 1, Integer::sum);
        }
        assertThat(counts).containsOnlyKeys(12L, 21L, 111L, 120L);
        // each share is 1/4 ± 5 SD of a binomial share (SD = √(0.25·0.75/4000) ≈ 0.0068)
        counts.values().forEach(c -> assertThat(c / 4000.0).isCloseTo(0.25, within(0.035)));
    }

    @Test
    void aDifferenceIsTheLaterPeriodMinusTheEarlierWithItsInterval() {
        double[] x = normal(new SplittableRandom(31), 60, 5, 1);
        double[] y = normal(new SplittableRandom(32), 60, 8, 1);
        Comparison c = compare(options(1000, 4, 0, 0.95), data(EARLIER, x, ones(60)), data(LATER, y, ones(60)));
        PeriodDifference d = c.differences().get(0);

        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        assertThat(d.from()).isEqualTo(EARLIER);
        assertThat(d.to()).isEqualTo(LATER);
        assertThat(d.difference()).isCloseTo(my - mx, within(1e-9));
        assertThat(d.ciLow()).isLessThan(d.difference());
        assertThat(d.ciHigh()).isGreaterThan(d.difference());
        // three SDs apart with 60 units each: no replicate difference reaches 0
        assertThat(d.ciLow()).isGreaterThan(0);
        assertThat(d.pValue()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void pValuesLieBetweenZeroAndOne(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double shift = r.nextDouble() * 0.6;
        Comparison c = compare(options(200, seed, 0, 0.95), data(EARLIER, normal(r, 30, 0, 1), ones(30)),
                data(LATER, normal(r, 30, shift, 1), ones(30)));
        PeriodDifference d = c.differences().get(0);
        assertThat(d.pValue()).isBetween(0.0, 1.0);
        // p < 0.05 exactly when the 95 % interval leaves out 0 (up to replicates sitting on the bounds)
        if (d.pValue() < 0.04) {
            assertThat(d.ciLow() > 0 || d.ciHigh() < 0).isTrue();
        }
        if (d.pValue() > 0.06) {
            assertThat(d.ciLow()).isLessThanOrEqualTo(0);
            assertThat(d.ciHigh()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void identicalConstantPeriodsDifferByZeroWithPValueOne() {
        double[] den = {1, 2, 3, 4, 5};
        Comparison c = compare(options(100, 1, 0, 0.95), data(EARLIER, den.clone(), den), data(LATER, den.clone(), den));
        PeriodDifference d = c.differences().get(0);
        assertThat(d.difference()).isZero();
        assertThat(d.ciLow()).isZero();
        assertThat(d.ciHigh()).isZero();
        assertThat(d.pValue()).isEqualTo(1.0);
        assertThat(d.hedgesG()).as("no spread: undefined").isNaN();
    }

    /**
     * x = {1, 2, 3}, y = {4, 5, 6}: means 2 and 5, squared deviations 2 and 2, pooled SD √(4/4) = 1,
     * J = 1 − 3/(4·6 − 9) = 0.8, so g = 0.8 · 3 / 1 = 2.4.
     */
    @Test
    void hedgesGIsWorkedOutByHand() {
        Comparison c = compare(BootstrapOptions.DEFAULT, data(EARLIER, new double[] {1, 2, 3}, ones(3)),
                data(LATER, new double[] {4, 5, 6}, ones(3)));
        assertThat(c.differences().get(0).hedgesG()).isCloseTo(2.4, within(TOLERANCE));
        assertThat(c.differences().get(0).difference()).isCloseTo(3.0, within(TOLERANCE));

        // unequal sizes: x = {1,2,3,4} (mean 2.5, SS 5), y = {2,4,9} (mean 5, SS 26), pooled SD √(31/5), J = 16/19
        double g = 16.0 / 19.0 * (5 - 2.5) / Math.sqrt(31.0 / 5.0);
        assertThat(PeriodComparator.hedgesG(new double[] {1, 2, 3, 4}, new double[] {2, 4, 9})).isCloseTo(g,
                within(TOLERANCE));
        assertThat(PeriodComparator.hedgesG(new double[] {2, 4, 9}, new double[] {1, 2, 3, 4})).isCloseTo(-g,
                within(TOLERANCE));
    }

    @Test
    void hedgesGUsesTheUnitValuesAndSkipsUnitsWithoutADenominator() {
        // unit values x = {1, 2, 3} (the 0/0 unit has none), y = {4, 5, 6}
        PeriodData a = data(EARLIER, new double[] {2, 0, 6, 3}, new double[] {2, 0, 3, 1});
        PeriodData b = data(LATER, new double[] {8, 5, 12}, new double[] {2, 1, 2});
        PeriodDifference d = compare(BootstrapOptions.DEFAULT, a, b).differences().get(0);
        assertThat(d.hedgesG()).isCloseTo(2.4, within(TOLERANCE));
        assertThat(d.difference()).isCloseTo(25.0 / 5 - 11.0 / 6, within(TOLERANCE));
    }

    @Test
    void aPeriodWithoutUnitsHasNoValueAndNoInterval() {
        PeriodData empty = data(LATER, new double[0], new double[0]);
        PeriodData full = data(EARLIER, new double[] {1, 2, 3, 4}, ones(4));
        Comparison c = compare(BootstrapOptions.DEFAULT, full, empty);
        PeriodEstimate e = c.estimates().get(1);
        assertThat(e.units()).isZero();
        assertThat(e.value()).isNaN();
        assertThat(e.ciLow()).isNaN();
        assertThat(e.ciHigh()).isNaN();
        PeriodDifference d = c.differences().get(0);
        assertThat(d.difference()).isNaN();
        assertThat(d.ciLow()).isNaN();
        assertThat(d.pValue()).isNaN();
        assertThat(d.hedgesG()).isNaN();
    }

    @Test
    void aPeriodWithOneUnitHasAValueButNoInterval() {
        PeriodData one = data(LATER, new double[] {7}, new double[] {2});
        PeriodData full = data(EARLIER, new double[] {1, 2, 3, 4}, ones(4));
        Comparison c = compare(BootstrapOptions.DEFAULT, full, one);
        PeriodEstimate e = c.estimates().get(1);
        assertThat(e.value()).isEqualTo(3.5);
        assertThat(e.ciLow()).isNaN();
        assertThat(e.ciHigh()).isNaN();
        PeriodDifference d = c.differences().get(0);
        assertThat(d.difference()).isCloseTo(3.5 - 2.5, within(TOLERANCE));
        assertThat(d.ciLow()).isNaN();
        assertThat(d.pValue()).isNaN();
        assertThat(d.hedgesG()).isNaN();
    }

    @Test
    void aMetricWithoutAnyDenominatorIsUndefinedEverywhereWithoutFailing() {
        // a Goldstein mean over intervals that hold no dyad event: 0 / 0 in every unit
        PeriodData none = data(EARLIER, new double[5], new double[5]);
        PeriodData some = data(LATER, new double[] {-2, 4, 1}, new double[] {1, 2, 1});
        Comparison c = compare(BootstrapOptions.DEFAULT, none, some);
        assertThat(c.estimates().get(0).value()).isNaN();
        assertThat(c.estimates().get(0).ciLow()).isNaN();
        assertThat(c.estimates().get(0).ciHigh()).isNaN();
        assertThat(c.estimates().get(1).value()).isCloseTo(0.75, within(TOLERANCE));
        assertThat(c.differences().get(0).difference()).isNaN();
        assertThat(c.differences().get(0).pValue()).isNaN();
    }

    @Test
    void differencesCoverEveryPairOfPeriodsForEveryMetricInOrder() {
        Period third = new Period("Third", LocalDate.of(2021, 1, 20), null);
        List<PeriodData> data = new ArrayList<>();
        for (Period p : List.of(EARLIER, LATER, third)) {
            double[][] num = {IntStream.range(0, 6).mapToDouble(i -> i).toArray(), ones(6)};
            data.add(new PeriodData(p, num, new double[][] {ones(6), ones(6)}, 6));
        }
        Comparison c = new PeriodComparator(BootstrapOptions.DEFAULT).compare(List.of("a", "b"), data, "basis");
        // estimates: periods in time order, within each the metrics in the order asked
        assertThat(c.estimates()).extracting(e -> e.period().name() + ":" + e.metric()).containsExactly("Earlier:a",
                "Earlier:b", "Later:a", "Later:b", "Third:a", "Third:b");
        assertThat(c.estimates()).extracting(PeriodEstimate::value).containsExactly(2.5, 1.0, 2.5, 1.0, 2.5, 1.0);
        assertThat(c.differences()).extracting(d -> d.metric() + ":" + d.from().name() + ">" + d.to().name())
                .containsExactly("a:Earlier>Later", "a:Earlier>Third", "a:Later>Third", "b:Earlier>Later",
                        "b:Earlier>Third", "b:Later>Third");
        assertThat(c.basis()).isEqualTo("basis");
    }

    @Test
    void optionsRefuseTooFewReplicatesANegativeBlockAndALevelOutsideOneHalfToOne() {
        assertThatThrownBy(() -> options(99, 1, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options(100, 1, -1, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options(100, 1, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options(100, 1, 0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        BootstrapOptions auto = options(100, 1, 0, 0.9);
        assertThat(auto.blockLengthFor(0)).isZero();
        assertThat(auto.blockLengthFor(1)).isEqualTo(1);
        assertThat(auto.blockLengthFor(27)).isEqualTo(3);
        assertThat(auto.blockLengthFor(48)).as("cbrt(48) = 3.63").isEqualTo(4);
        assertThat(auto.blockLengthFor(1000)).isEqualTo(10);
        assertThat(options(100, 1, 6, 0.9).blockLengthFor(4)).isEqualTo(4);
    }

    @Test
    void quantilesAreOfType7() {
        // R: quantile(c(1, 2, 3, 4), c(0.25, 0.5, 0.975)) gives 1.75, 2.5, 3.925
        double[] sorted = Quantiles.finiteSorted(new double[] {4, Double.NaN, 1, 3, Double.POSITIVE_INFINITY, 2});
        assertThat(sorted).containsExactly(1, 2, 3, 4);
        assertThat(Quantiles.of(sorted, 0.25)).isCloseTo(1.75, within(TOLERANCE));
        assertThat(Quantiles.of(sorted, 0.5)).isCloseTo(2.5, within(TOLERANCE));
        assertThat(Quantiles.of(sorted, 0.975)).isCloseTo(3.925, within(TOLERANCE));
        assertThat(Quantiles.of(new double[0], 0.5)).isNaN();
    }
}
