package org.dyadlab.corpus.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.dyadlab.corpus.agreement.KrippendorffAlpha.Level;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KrippendorffAlphaTest {
    private static final double NA = Double.NaN;

    /** Reads one of the reference matrices: a header of units, then one row per coder, empty cells missing. */
    private static double[][] matrix(String file) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.resolve("krippendorff-alpha-reference/" + file));
        int units = lines.get(0).split(",", -1).length - 1;
        double[][] data = new double[lines.size() - 1][units];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",", -1);
            for (int u = 0; u < units; u++) {
                data[r - 1][u] = cells[u + 1].isBlank() ? NA : Double.parseDouble(cells[u + 1]);
            }
        }
        return data;
    }

    static Stream<Arguments> publishedValues() {
        return Stream.of(
                Arguments.of("example_a_3coders_15units.csv", Level.NOMINAL, 0.691358, 1e-6),
                Arguments.of("example_a_3coders_15units.csv", Level.INTERVAL, 0.810845, 1e-6),
                Arguments.of("example_b_4observers_12units.csv", Level.NOMINAL, 0.743, 5e-4),
                Arguments.of("example_b_4observers_12units.csv", Level.ORDINAL, 0.815, 5e-4),
                Arguments.of("example_b_4observers_12units.csv", Level.INTERVAL, 0.849, 5e-4),
                Arguments.of("example_b_4observers_12units.csv", Level.RATIO, 0.797, 5e-4));
    }

    /** Krippendorff's (2011) worked example and the fast-krippendorff doctest values, to the printed precision. */
    @SharedDataTest
    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("publishedValues")
    void matchesThePublishedWorkedExamples(String file, Level level, double expected, double tolerance)
            throws IOException {
        assertThat(KrippendorffAlpha.alpha(matrix(file), level)).isCloseTo(expected, within(tolerance));
    }

    /** Values without a published source, recomputed independently (PROVENANCE.md): regression only. */
    @SharedDataTest
    @Test
    void matchesTheIndependentRecomputationToSixPlaces() throws IOException {
        double[][] a = matrix("example_a_3coders_15units.csv");
        double[][] b = matrix("example_b_4observers_12units.csv");
        assertThat(KrippendorffAlpha.alpha(a, Level.ORDINAL)).isCloseTo(0.806721, within(1e-6));
        assertThat(KrippendorffAlpha.alpha(a, Level.RATIO)).isCloseTo(0.808944, within(1e-6));
        assertThat(KrippendorffAlpha.alpha(b, Level.NOMINAL)).isCloseTo(0.743421, within(1e-6));
        assertThat(KrippendorffAlpha.alpha(b, Level.INTERVAL)).isCloseTo(0.849107, within(1e-6));
    }

    @Test
    void byHandTwoCodersFiftyUnits() {
        // 20 both yes, 5 only A, 10 only B, 15 both no: N = 100 values, n_yes = 55, n_no = 45,
        // alpha = 1 - 99 * 30 / (2 * 55 * 45) = 0.4 (and Cohen's kappa = (0.7 - 0.5) / 0.5 = 0.4)
        double[][] data = new double[2][50];
        for (int u = 0; u < 50; u++) {
            data[0][u] = u < 25 ? 1 : 0;
            data[1][u] = u < 20 || (u >= 25 && u < 35) ? 1 : 0;
        }
        assertThat(KrippendorffAlpha.alpha(data, Level.NOMINAL)).isCloseTo(0.4, within(1e-12));
        AgreementStats t = new AgreementStats(20, 5, 10, 15);
        assertThat(t.krippendorffAlpha()).isCloseTo(0.4, within(1e-12));
        assertThat(t.cohensKappa()).isCloseTo(0.4, within(1e-12));
        assertThat(t.percentAgreement()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void noVariationIsUndefinedAndPerfectAgreementIsOne() {
        assertThat(KrippendorffAlpha.alpha(new double[][] {{0, 0, 0}, {0, 0, 0}}, Level.NOMINAL)).isNaN();
        assertThat(KrippendorffAlpha.alpha(new double[][] {{1, 0, 1}, {1, 0, 1}}, Level.NOMINAL)).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.alpha(new double[][] {{1, NA}, {NA, 2}}, Level.NOMINAL)).isNaN();
        assertThat(KrippendorffAlpha.alpha(new double[0][0], Level.NOMINAL)).isNaN();
        AgreementStats neverUsed = new AgreementStats(0, 0, 0, 40);
        assertThat(neverUsed.percentAgreement()).isEqualTo(1.0);
        assertThat(neverUsed.cohensKappa()).isNaN();
        assertThat(neverUsed.krippendorffAlpha()).isNaN();
        AgreementStats perfect = new AgreementStats(7, 0, 0, 33);
        assertThat(perfect.cohensKappa()).isEqualTo(1.0);
        assertThat(perfect.krippendorffAlpha()).isEqualTo(1.0);
        assertThat(AgreementStats.NONE.percentAgreement()).isNaN();
        assertThat(AgreementStats.NONE.cohensKappa()).isNaN();
    }

    /** The 2×2 shortcut agrees with the general coincidence-matrix computation, on seeded random tables. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theTwoByTwoShortcutEqualsTheGeneralAlpha(long seed) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(200);
        double[][] data = new double[2][n];
        long both = 0, onlyA = 0, onlyB = 0, neither = 0;
        double pa = r.nextDouble();
        for (int u = 0; u < n; u++) {
            boolean a = r.nextDouble() < pa;
            boolean b = r.nextDouble() < 0.8 ? a : !a;
            data[0][u] = a ? 1 : 0;
            data[1][u] = b ? 1 : 0;
            if (a && b) {
                both++;
            } else if (a) {
                onlyA++;
            } else if (b) {
                onlyB++;
            } else {
                neither++;
            }
        }
        double general = KrippendorffAlpha.alpha(data, Level.NOMINAL);
        double shortcut = new AgreementStats(both, onlyA, onlyB, neither).krippendorffAlpha();
        if (Double.isNaN(general)) {
            assertThat(shortcut).isNaN();
        } else {
            assertThat(shortcut).isCloseTo(general, within(1e-12));
        }
    }

}
