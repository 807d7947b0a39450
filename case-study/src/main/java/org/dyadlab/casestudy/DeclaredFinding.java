package org.dyadlab.casestudy;

import java.util.List;
import java.util.Objects;
import org.dyadlab.model.evidence.Finding;

/**
 * A finding as findings.yaml declares it: the statement and the references to its evidence.
 *
 * @param finding       id and statement
 * @param evidence      references to supporting evidence
 * @param contradicting references to evidence against it
 * @param line          the line of findings.yaml it starts on
 */
public record DeclaredFinding(Finding finding, List<EvidenceRef> evidence, List<EvidenceRef> contradicting, long line) {
    public DeclaredFinding {
        Objects.requireNonNull(finding, "finding");
        evidence = List.copyOf(evidence);
        contradicting = List.copyOf(contradicting);
    }
}
