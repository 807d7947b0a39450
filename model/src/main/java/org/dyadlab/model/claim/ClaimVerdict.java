package org.dyadlab.model.claim;

import java.util.List;
import java.util.Objects;
import org.dyadlab.model.evidence.EvidenceItem;

/**
 * A claim checked against the evidence.
 *
 * @param claim         the claim
 * @param verdict       supported, contradicted or unverified
 * @param reason        why, in one sentence
 * @param evidence      the evidence items that bear on it (supporting or conflicting, by their stance)
 * @param discrepancies where it disagrees with the evidence (empty unless contradicted)
 */
public record ClaimVerdict(Claim claim, Verdict verdict, String reason, List<EvidenceItem> evidence,
                           List<Discrepancy> discrepancies) {
    public ClaimVerdict {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        reason = reason == null ? "" : reason;
        evidence = List.copyOf(evidence);
        discrepancies = List.copyOf(discrepancies);
        if (verdict == Verdict.CONTRADICTED && discrepancies.isEmpty()) {
            throw new IllegalArgumentException("a contradicted claim says where it disagrees");
        }
    }
}
