package org.dyadlab.coder.eval;

import java.util.List;
import org.dyadlab.coder.CodedTriple;

/**
 * How one record fared.
 *
 * @param record   the record
 * @param selected whether the suite's own Include/Exclude/valid settings select it
 * @param passed   whether the coder gave exactly what the record expects
 * @param coded    the triples coded (empty when the sentence was discarded or not codable)
 * @param outcome  the coding outcome ("coded", "sentencediscard", "bad_input_parse", ...)
 * @param matched  coded triples that matched an expected one (one-to-one)
 * @param crash    the exception's message if coding threw, else null
 */
public record RecordResult(SuiteRecord record, boolean selected, boolean passed, List<CodedTriple> coded,
                           String outcome, int matched, String crash) {
    public RecordResult {
        coded = List.copyOf(coded);
    }

    /** True for a record that expects an error or discard rather than triples. */
    public boolean isErrorRecord() {
        return record.error() != null;
    }
}
