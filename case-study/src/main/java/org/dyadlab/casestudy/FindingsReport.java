package org.dyadlab.casestudy;

import java.util.List;
import org.dyadlab.analysis.evidence.Triangulation;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.SourceProfile;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.report.ReportData;

/** Declared findings, weighed, in the shape of the report's contract. */
final class FindingsReport {
    private FindingsReport() {
    }

    static List<ReportData.FindingEvidence> of(List<TriangulatedFinding> findings, Triangulation triangulation) {
        return findings.stream().map(f -> finding(f, triangulation)).toList();
    }

    private static ReportData.FindingEvidence finding(TriangulatedFinding f, Triangulation triangulation) {
        var s = f.score();
        return new ReportData.FindingEvidence(f.finding().id(), f.finding().statement(), s.score(), s.strength().key(),
                s.independentSources(), s.originators(), s.kinds(),
                s.sides().stream().map(x -> x.equals("third-party") ? "third party" : x).toList(),
                s.flags().stream().map(x -> x.key()).toList(),
                f.supporting().stream().map(FindingsReport::row).toList(),
                f.contradicting().stream().map(FindingsReport::row).toList(),
                f.sources().stream().map(p -> source(p, triangulation)).toList(), f.unresolved());
    }

    static ReportData.EvidenceRow row(EvidenceItem i) {
        return new ReportData.EvidenceRow(i.kind().key(), i.id(), i.when(), i.text(), i.note(),
                i.sources().stream().map(FindingsReport::ref).toList());
    }

    private static ReportData.SourceRef ref(Source s) {
        String label = !s.publisher().isEmpty() ? s.publisher() : !s.title().isEmpty() ? s.title() : s.key();
        return new ReportData.SourceRef(s.key(), label, s.url());
    }

    private static ReportData.SourceRow source(SourceProfile p, Triangulation triangulation) {
        String side = triangulation.sideOf(p.side());
        return new ReportData.SourceRow(p.key(), p.originator(), p.kind().key(),
                side.equals("third-party") ? "third party (" + p.side().code() + ")" : side, p.basis());
    }
}
