package org.dyadlab.coder.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of running a suite: every record's result, in file order, and the option changes that could not be
 * applied.
 *
 * <p>Precision and recall count triples of the records that expect triples or no events (error records are
 * judged by their error alone): precision = matched / coded, recall = matched / expected; each is NaN when its
 * denominator is zero.
 */
public record SuiteReport(List<RecordResult> results, List<String> warnings) {
    public SuiteReport {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    public int records() {
        return results.size();
    }

    public int passed() {
        return (int) results.stream().filter(RecordResult::passed).count();
    }

    /** Records the suite's own Include/Exclude/valid settings select. */
    public int selected() {
        return (int) results.stream().filter(RecordResult::selected).count();
    }

    public int selectedPassed() {
        return (int) results.stream().filter(r -> r.selected() && r.passed()).count();
    }

    public int crashes() {
        return (int) results.stream().filter(r -> r.crash() != null).count();
    }

    public int expectedTriples() {
        return results.stream().filter(r -> !r.isErrorRecord()).mapToInt(r -> r.record().expected().size()).sum();
    }

    public int codedTriples() {
        return results.stream().filter(r -> !r.isErrorRecord()).mapToInt(r -> r.coded().size()).sum();
    }

    public int matchedTriples() {
        return results.stream().filter(r -> !r.isErrorRecord()).mapToInt(RecordResult::matched).sum();
    }

    public double precision() {
        int coded = codedTriples();
        return coded == 0 ? Double.NaN : (double) matchedTriples() / coded;
    }

    public double recall() {
        int expected = expectedTriples();
        return expected == 0 ? Double.NaN : (double) matchedTriples() / expected;
    }

    /** One score per category, by category name. */
    public List<CategoryScore> categories() {
        Map<String, int[]> m = new TreeMap<>();
        for (RecordResult r : results) {
            int[] s = m.computeIfAbsent(r.record().category(), k -> new int[5]);
            s[0]++;
            s[1] += r.passed() ? 1 : 0;
            if (!r.isErrorRecord()) {
                s[2] += r.record().expected().size();
                s[3] += r.coded().size();
                s[4] += r.matched();
            }
        }
        List<CategoryScore> out = new ArrayList<>();
        m.forEach((c, s) -> out.add(new CategoryScore(c, s[0], s[1], s[2], s[3], s[4])));
        return out;
    }

    public List<RecordResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
