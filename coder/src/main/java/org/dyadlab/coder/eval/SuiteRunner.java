package org.dyadlab.coder.eval;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.SentenceCoding;

/**
 * Runs a validation suite with the suite's own semantics (PETRARCH-1's {@code do_validation}): records in file
 * order, each {@code <Config>} applied to every record after it; a record passes only if its coded triples equal
 * the expected triples one-to-one (every coded triple matches a distinct expected one, and every expected one is
 * matched); a no-events record passes only if nothing is coded; an error record passes only if coding reports
 * that error or discard. Every record is run and scored; whether the suite's own Include/Exclude/valid settings
 * select it is recorded beside the result.
 */
public final class SuiteRunner {
    private final EventCoder coder;

    public SuiteRunner(EventCoder coder) {
        this.coder = coder;
    }

    public SuiteReport run(SuiteFile suite, CodingOptions initial) {
        CodingOptions options = initial;
        List<String> warnings = new ArrayList<>();
        for (SuiteConfig c : suite.environment()) {
            options = apply(options, c, warnings);
        }
        List<RecordResult> results = new ArrayList<>();
        for (SuiteItem item : suite.items()) {
            if (item instanceof SuiteConfig c) {
                options = apply(options, c, warnings);
            } else if (item instanceof SuiteRecord r) {
                results.add(evaluate(r, suite.selects(r), options));
            }
        }
        return new SuiteReport(results, warnings);
    }

    private static CodingOptions apply(CodingOptions options, SuiteConfig c, List<String> warnings) {
        try {
            return options.with(c.option(), c.value());
        } catch (IllegalArgumentException e) {
            warnings.add("line " + c.line() + ": " + e.getMessage() + " (ignored)");
            return options;
        }
    }

    private RecordResult evaluate(SuiteRecord r, boolean selected, CodingOptions options) {
        SentenceCoding coding;
        try {
            coding = coder.code(r.sentence(), options);
        } catch (RuntimeException e) {
            return new RecordResult(r, selected, false, List.of(), "crash", 0, e.toString());
        }
        List<CodedTriple> coded = coding.triples();
        String outcome = coding.outcome().key();
        if (r.error() != null) {
            return new RecordResult(r, selected, r.error().equals(outcome), coded, outcome, 0, null);
        }
        int matched = matchOneToOne(coded, r.expected());
        boolean passed = matched == coded.size() && matched == r.expected().size();
        return new RecordResult(r, selected, passed, coded, outcome, matched, null);
    }

    /** Matches each coded triple to a distinct, equal expected triple; returns how many were matched. */
    static int matchOneToOne(List<CodedTriple> coded, List<CodedTriple> expected) {
        boolean[] used = new boolean[expected.size()];
        int matched = 0;
        for (CodedTriple c : coded) {
            for (int k = 0; k < expected.size(); k++) {
                if (!used[k] && expected.get(k).equals(c)) {
                    used[k] = true;
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }
}
