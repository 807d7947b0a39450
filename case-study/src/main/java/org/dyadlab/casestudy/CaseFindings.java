package org.dyadlab.casestudy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyadlab.analysis.evidence.EvidenceBase;
import org.dyadlab.analysis.evidence.IndicatorExpectation;
import org.dyadlab.analysis.evidence.SourceProfiler;
import org.dyadlab.analysis.evidence.Triangulation;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * Weighs a case's declared findings: resolves each reference of findings.yaml against the evidence base (a
 * reference that does not resolve is listed, and flags the finding), judges indicator changes against what the
 * finding expects (a change the other way is contradicting evidence), and scores the triangulation.
 */
public final class CaseFindings {
    private CaseFindings() {
    }

    /** The declared findings of the case weighed, in file order; empty when the case declares none. */
    public static List<TriangulatedFinding> assess(CaseDefinition c, CaseEvidence.Built evidence) {
        if (c.findings() == null) {
            return List.of();
        }
        Triangulation triangulation = new Triangulation(SourceProfiler.standard(), c.dyad());
        List<TriangulatedFinding> out = new ArrayList<>();
        for (DeclaredFinding f : FindingsYaml.read(c.file(c.findings())).findings()) {
            List<EvidenceItem> supporting = new ArrayList<>();
            List<EvidenceItem> against = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (EvidenceRef r : f.evidence()) {
                resolve(r, evidence, Stance.SUPPORTS, supporting, against, unresolved);
            }
            for (EvidenceRef r : f.contradicting()) {
                resolve(r, evidence, Stance.CONTRADICTS, supporting, against, unresolved);
            }
            out.add(triangulation.assess(f.finding(), supporting, against, unresolved));
        }
        return out;
    }

    private static void resolve(EvidenceRef r, CaseEvidence.Built built, Stance stance, List<EvidenceItem> supporting,
                                List<EvidenceItem> against, List<String> unresolved) {
        EvidenceBase base = built.base();
        List<EvidenceItem> items = new ArrayList<>();
        if (r instanceof EvidenceRef.Chronology ch) {
            base.chronologyEntry(ch.id()).map(base::item).ifPresentOrElse(items::add,
                    () -> unresolved.add(r.describe() + ": no such chronology event"));
        } else if (r instanceof EvidenceRef.GazetteerEntry g) {
            base.gazetteer().entry(g.id()).map(base::item).ifPresentOrElse(items::add,
                    () -> unresolved.add(r.describe() + ": no such gazetteer entry"));
        } else if (r instanceof EvidenceRef.Indicator ind) {
            indicator(ind, base, items, unresolved);
        } else if (r instanceof EvidenceRef.Passages p) {
            base.passages().stream()
                    .filter(i -> within(built.passageCodes().get(i.id()), p.code()))
                    .filter(i -> i.date() != null && !i.date().isBefore(p.from()) && !i.date().isAfter(p.to()))
                    .sorted(Comparator.comparing(EvidenceItem::date))
                    .limit(p.limit()).forEach(items::add);
        } else if (r instanceof EvidenceRef.Events e) {
            base.events().stream()
                    .filter(i -> built.eventCodes().getOrDefault(i.id(), "").startsWith(e.cameo()))
                    .filter(i -> i.date() != null && !i.date().isBefore(e.from()) && !i.date().isAfter(e.to()))
                    .sorted(Comparator.comparing(EvidenceItem::date))
                    .limit(e.limit()).forEach(items::add);
        }
        for (EvidenceItem i : items) {
            Stance s = i.stance() == Stance.CONTRADICTS || stance == Stance.CONTRADICTS ? Stance.CONTRADICTS
                    : Stance.SUPPORTS;
            EvidenceItem placed = i.with(s, i.note());
            (s == Stance.SUPPORTS ? supporting : against).add(placed);
        }
    }

    private static boolean within(String code, String selected) {
        return code != null && (code.equals(selected) || code.startsWith(selected + "."));
    }

    private static void indicator(EvidenceRef.Indicator r, EvidenceBase base, List<EvidenceItem> items,
                                  List<String> unresolved) {
        List<IndicatorObservation> series = base.series(r.name(), r.subject());
        if (r.time() != null) {
            row(series, r.time()).map(EvidenceBase::item).ifPresentOrElse(items::add,
                    () -> unresolved.add(r.describe() + ": no such row in the case's indicators"));
            return;
        }
        Optional<IndicatorObservation> a = row(series, r.from());
        Optional<IndicatorObservation> b = row(series, r.to());
        if (a.isEmpty() || b.isEmpty()) {
            unresolved.add(r.describe() + ": no such row in the case's indicators");
            return;
        }
        List<IndicatorObservation> pair = List.of(a.get(), b.get());
        if (r.expect() == null) {
            pair.forEach(o -> items.add(EvidenceBase.item(o)));
            return;
        }
        IndicatorExpectation.Judgement j = r.expect().judge(pair);
        for (IndicatorObservation o : pair) {
            items.add(EvidenceBase.item(o).with(j.stance(), j.note()));
        }
    }

    private static Optional<IndicatorObservation> row(List<IndicatorObservation> series, String time) {
        return series.stream().filter(o -> o.timeLabel().equals(time)).findFirst();
    }
}
