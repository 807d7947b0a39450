package org.dyadlab.web.data;

import java.util.List;
import java.util.Optional;
import org.dyadlab.casestudy.CaseFindings;
import org.dyadlab.model.evidence.TriangulatedFinding;

/**
 * The case's declared findings weighed by triangulation, by the code {@code dyadlab findings --workspace} runs
 * ({@link CaseFindings} over the case's evidence and the workspace's passages and coded events). The records are the
 * model's own, for the page and the JSON alike.
 */
public final class FindingsData {
    private final CaseEvidenceCache evidence;

    public FindingsData(CaseEvidenceCache evidence) {
        this.evidence = evidence;
    }

    /**
     * The findings and the evidence base they were weighed on.
     *
     * @param findings in the order of findings.yaml
     * @param evidence the evidence base (its notes say what was used; its passages give the links into documents)
     */
    public record Weighed(List<TriangulatedFinding> findings, CaseEvidenceCache.Snapshot evidence) {
        public Weighed {
            findings = List.copyOf(findings);
        }
    }

    /** The findings weighed, or empty when the dashboard was opened without a case. */
    public Optional<Weighed> weigh() {
        return evidence.current().map(s -> new Weighed(CaseFindings.assess(s.caseDefinition(), s.evidence()), s));
    }

    /** The findings alone: what {@code GET /api/findings} returns (empty without a case). */
    public List<TriangulatedFinding> findings() {
        return weigh().map(Weighed::findings).orElse(List.of());
    }
}
