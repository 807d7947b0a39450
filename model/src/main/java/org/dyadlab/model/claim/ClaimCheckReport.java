package org.dyadlab.model.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The claims of one manuscript checked against a case's evidence: what the HTML and JSON claim reports show.
 *
 * @param manuscript the manuscript's file name
 * @param caseName   the case whose evidence was used
 * @param checked    the day of the check
 * @param sentences  how many sentences the manuscript has
 * @param verdicts   one per claim, in order of appearance
 * @param notes      what the reader should know about the evidence used (no workspace given, …)
 */
public record ClaimCheckReport(String manuscript, String caseName, LocalDate checked, int sentences,
                               List<ClaimVerdict> verdicts, List<String> notes) {
    public ClaimCheckReport {
        Objects.requireNonNull(manuscript, "manuscript");
        caseName = caseName == null ? "" : caseName;
        Objects.requireNonNull(checked, "checked");
        verdicts = List.copyOf(verdicts);
        notes = List.copyOf(notes);
    }

    /** How many claims have the verdict. */
    public long count(Verdict v) {
        return verdicts.stream().filter(x -> x.verdict() == v).count();
    }
}
