package org.dyadlab.coder.eval;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.coder.CodedTriple;
import org.dyadlab.coder.ParsedSentence;

/**
 * One unit-test record: a parsed sentence and what coding it should give.
 *
 * @param id       the record id, e.g. "DEMO-01"
 * @param category its category, e.g. "COMPOUND"
 * @param date     the sentence date
 * @param valid    the record's {@code sentence} (or {@code valid}) attribute: false marks a record the suite's
 *                 {@code valid} include option leaves out
 * @param text     the sentence text
 * @param parse    the parse tree
 * @param expected the expected triples (empty for a no-events or error record)
 * @param error    the expected error ("dateline", "bad_input_parse", "sentencediscard", "storydiscard"), or null
 * @param line     the record's line in the suite file
 */
public record SuiteRecord(String id, String category, LocalDate date, boolean valid, String text, String parse,
                          List<CodedTriple> expected, String error, int line) implements SuiteItem {
    public SuiteRecord {
        expected = List.copyOf(expected);
    }

    public ParsedSentence sentence() {
        return new ParsedSentence(id, date, text, parse);
    }
}
