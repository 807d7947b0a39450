package org.dyadlab.model.evidence;

import java.util.List;
import java.util.Objects;

/**
 * A finding with its evidence weighed: what supports it, what contradicts it, its sources classified and its
 * triangulation score. A plain record, ready to be written as JSON for the report and the dashboard.
 *
 * @param finding       the finding
 * @param supporting    the evidence for it
 * @param contradicting the evidence against it, shown beside it
 * @param sources       every source of that evidence, classified, in key order
 * @param score         its triangulation score
 * @param unresolved    the declared references that did not resolve, in words
 */
public record TriangulatedFinding(Finding finding, List<EvidenceItem> supporting, List<EvidenceItem> contradicting,
                                  List<SourceProfile> sources, TriangulationScore score, List<String> unresolved) {
    public TriangulatedFinding {
        Objects.requireNonNull(finding, "finding");
        supporting = List.copyOf(supporting);
        contradicting = List.copyOf(contradicting);
        sources = List.copyOf(sources);
        Objects.requireNonNull(score, "score");
        unresolved = List.copyOf(unresolved);
    }
}
