package org.dyadlab.model.claim;

import java.util.Objects;

/**
 * Where a claim and the evidence disagree.
 *
 * @param aspect     what disagrees: date, amount, name, office, parties or citation-year
 * @param claimed    what the manuscript says
 * @param evidence   what the evidence says
 * @param evidenceId the id of the evidence item that says it
 */
public record Discrepancy(String aspect, String claimed, String evidence, String evidenceId) {
    public Discrepancy {
        Objects.requireNonNull(aspect, "aspect");
        claimed = claimed == null ? "" : claimed;
        evidence = evidence == null ? "" : evidence;
        evidenceId = evidenceId == null ? "" : evidenceId;
    }
}
