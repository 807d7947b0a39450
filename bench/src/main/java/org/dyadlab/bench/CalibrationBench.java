package org.dyadlab.bench;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.dyadlab.analysis.breaks.Break;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.breaks.ChangePointResult;
import org.dyadlab.analysis.breaks.ChangePoints;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.compare.PeriodComparator;
import org.dyadlab.analysis.compare.PeriodData;
import org.dyadlab.analysis.compare.PeriodEstimate;
import org.dyadlab.model.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Monte Carlo calibration of the statistics on series with a known truth: how often the change-point search
 * finds breaks in noise without any (independent and AR(1) noise), how often it finds a real shift, and how
 * often a nominal 95% period interval covers the true mean. Seeded: the same command gives the same figures.
 */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Simulate series with a known truth and report false-break rates, power and interval coverage.",
        footer = {"", "Example:", "  ./dyadlab bench calibration --series 300"})
final class CalibrationBench implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--series", defaultValue = "300", description = "Simulated series per setting (default ${DEFAULT-VALUE}).")
    int series;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<LocalDate> months = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            months.add(LocalDate.of(2013, 1, 1).plusMonths(i));
        }
        out.printf("Change points on %d series of 80 months (noise SD 1), 100 replicates each:%n", series);
        for (double phi : new double[] {0.0, 0.5}) {
            for (String penalty : new String[] {"bic", "mbic"}) {
                int withBreak = 0;
                int breaks = 0;
                int confident = 0;
                for (int s = 1; s <= series; s++) {
                    double[] y = ar(new SplittableRandom(s), 80, phi);
                    ChangePointResult r = new ChangePoints(new ChangePointOptions(penalty, 3, 100, 2, s))
                            .detect("m", "", months, y);
                    withBreak += r.breaks().isEmpty() ? 0 : 1;
                    for (Break b : r.breaks()) {
                        breaks++;
                        confident += b.confidence() > 0.95 ? 1 : 0;
                    }
                }
                out.printf("  no true break, AR(1) phi %.1f, %-4s: %5.1f%% of series get a break (%d breaks, %d with "
                        + "confidence > 0.95)%n", phi, penalty, 100.0 * withBreak / series, breaks, confident);
            }
            int found = 0;
            int confident = 0;
            for (int s = 1; s <= series; s++) {
                double[] y = ar(new SplittableRandom(10_000 + s), 80, phi);
                for (int i = 40; i < 80; i++) {
                    y[i] += 1.0;
                }
                ChangePointResult r = new ChangePoints(ChangePointOptions.DEFAULT).detect("m", "", months, y);
                for (Break b : r.breaks()) {
                    long off = Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(months.get(40), b.date()));
                    if (off <= 3) {
                        found++;
                        confident += b.confidence() > 0.95 ? 1 : 0;
                        break;
                    }
                }
            }
            out.printf("  a 1-SD shift at month 40, AR(1) phi %.1f, mbic: found within 3 months in %.1f%% (%.1f%% with "
                    + "confidence > 0.95)%n", phi, 100.0 * found / series, 100.0 * confident / series);
        }
        out.printf("Coverage of nominal 95%% period intervals (true mean 0), %d periods each:%n", series);
        Period p = new Period("P", LocalDate.of(2000, 1, 1), null);
        for (double phi : new double[] {0.0, 0.5}) {
            StringBuilder line = new StringBuilder(String.format("  AR(1) phi %.1f:", phi));
            for (int n : new int[] {4, 8, 16, 48}) {
                int cover = 0;
                for (int s = 1; s <= series; s++) {
                    double[] y = ar(new SplittableRandom(20_000 + s), n, phi);
                    double[] den = new double[n];
                    Arrays.fill(den, 1);
                    PeriodEstimate e = new PeriodComparator(new BootstrapOptions(500, s, 0, 0.95))
                            .compare(List.of("v"), List.of(new PeriodData(p, new double[][] {y}, new double[][] {den}, n)),
                                    "").estimates().get(0);
                    cover += e.ciLow() <= 0 && e.ciHigh() >= 0 ? 1 : 0;
                }
                line.append(String.format("  n=%d %.1f%%", n, 100.0 * cover / series));
            }
            out.println(line + "   (n < 10: t interval; n >= 10: block bootstrap)");
        }
        return 0;
    }

    /** A stationary AR(1) series with unit marginal variance. */
    private static double[] ar(SplittableRandom r, int n, double phi) {
        double[] y = new double[n];
        double prev = gauss(r);
        for (int i = 0; i < n; i++) {
            prev = phi * prev + gauss(r) * Math.sqrt(1 - phi * phi);
            y[i] = prev;
        }
        return y;
    }

    private static double gauss(SplittableRandom r) {
        double u = r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u + 1e-300)) * Math.cos(2 * Math.PI * v);
    }
}
