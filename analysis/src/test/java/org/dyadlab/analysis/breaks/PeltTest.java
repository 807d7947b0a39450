package org.dyadlab.analysis.breaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Pelt#changes} on hand-sized series, and against brute-force optimal partitioning (every admissible
 * last change at every step, no pruning, costs recomputed from the data) on seeded random series.
 */
class PeltTest {

    @Test
    void twoShiftsInAHandSizedSeries() {
        double[] y = {1, 1, 1, 1, 6, 6, 6, 6, 5, 5, 5, 5};
        // no change: mean 4, SS 4·9 + 4·4 + 4·1 = 56. One change at 4: SS 8·0.25 = 2 (the best single change).
        // Changes at 4 and 8: SS 0. So with penalty p: two changes cost 2p, one 2 + p, none 56.
        assertThat(Pelt.changes(y, 1.0, 2)).containsExactly(4, 8);
        assertThat(Pelt.changes(y, 1.0, 4)).containsExactly(4, 8);
        assertThat(Pelt.changes(y, 30.0, 2)).containsExactly(4);
        assertThat(Pelt.changes(y, 100.0, 2)).isEmpty();
        // segments of at least 5 cannot put a change at 4 or 8
        assertThat(Pelt.changes(y, 1.0, 5)).doesNotContain(4, 8);
        // fewer than two minimum segments: nothing to split
        assertThat(Pelt.changes(y, 1.0, 7)).isEmpty();
    }

    @Test
    void aMinimumSegmentBelowOneIsRefused() {
        assertThatThrownBy(() -> Pelt.changes(new double[] {1, 2, 3}, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void costIsTheSumOfSquaredDeviationsFromTheMean() {
        // y = {2, 4, 9} as prefix sums of y and y²
        double[] s1 = {0, 2, 6, 15};
        double[] s2 = {0, 4, 20, 101};
        assertThat(Pelt.cost(s1, s2, 0, 3)).isCloseTo(9 + 1 + 16, within(1e-12));
        assertThat(Pelt.cost(s1, s2, 1, 3)).isCloseTo(12.5, within(1e-12));
        assertThat(Pelt.cost(s1, s2, 2, 3)).isZero();
    }

    @ParameterizedTest(name = "minimum segment {0}")
    @ValueSource(ints = {1, 2, 3, 5})
    void peltFindsTheOptimumOfBruteForcePartitioning(int minSegment) {
        SplittableRandom random = new SplittableRandom(1000 + minSegment);
        for (int k = 0; k < 1500; k++) {
            int n = 6 + random.nextInt(40);
            double penalty = random.nextBoolean() ? 2 * Math.log(n) : 0.5 + 10 * random.nextDouble();
            double[] y = new double[n];
            double level = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextInt(8) == 0) {
                    level = 6 * random.nextDouble();
                }
                y[i] = level + gaussian(random);
            }
            List<Integer> changes = Pelt.changes(y, penalty, minSegment);

            String series = "series " + k + " " + Arrays.toString(y) + ", penalty " + penalty;
            List<Integer> ends = new ArrayList<>(changes);
            ends.add(n);
            int start = 0;
            for (int end : ends) {
                assertThat(end - start).as("segment length in " + series).isGreaterThanOrEqualTo(minSegment);
                start = end;
            }
            double optimum = n < 2 * minSegment ? sse(y, 0, n) : optimalPartitioning(y, penalty, minSegment);
            assertThat(totalCost(y, changes, penalty)).as(series).isCloseTo(optimum, within(1e-8));
        }
    }

    static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double sse(double[] y, int a, int b) {
        double mean = 0;
        for (int i = a; i < b; i++) {
            mean += y[i];
        }
        mean /= b - a;
        double c = 0;
        for (int i = a; i < b; i++) {
            c += (y[i] - mean) * (y[i] - mean);
        }
        return c;
    }

    private static double totalCost(double[] y, List<Integer> changes, double penalty) {
        List<Integer> ends = new ArrayList<>(changes);
        ends.add(y.length);
        double c = penalty * changes.size();
        int start = 0;
        for (int end : ends) {
            c += sse(y, start, end);
            start = end;
        }
        return c;
    }

    /** The least Σ SSE + penalty × changes over all segmentations with segments of at least m points. */
    private static double optimalPartitioning(double[] y, double penalty, int m) {
        int n = y.length;
        double[] best = new double[n + 1];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = -penalty;
        for (int t = m; t <= n; t++) {
            for (int tau = 0; tau <= t - m; tau++) {
                if (best[tau] < Double.POSITIVE_INFINITY) {
                    best[t] = Math.min(best[t], best[tau] + sse(y, tau, t) + penalty);
                }
            }
        }
        return best[n];
    }
}
