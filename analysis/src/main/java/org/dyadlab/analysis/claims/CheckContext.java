package org.dyadlab.analysis.claims;

import java.util.ArrayList;
import java.util.List;
import org.dyadlab.analysis.evidence.EvidenceBase;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.claim.Amount;
import org.dyadlab.model.claim.Claim;
import org.dyadlab.model.claim.ClaimDate;
import org.dyadlab.model.claim.ClaimKind;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Discrepancy;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.model.evidence.EvidenceItem;
import org.dyadlab.model.evidence.Stance;
import org.dyadlab.model.gazetteer.GazetteerEntry;

/** What the claim checkers share: the evidence, its indexes, and the numbering of claims. */
final class CheckContext {
    final EvidenceBase base;
    final EntityFinder entities;
    final ChronologyMatcher chronology;
    private final java.util.Map<String, java.util.Set<String>> passageWords = new java.util.HashMap<>();
    private final java.util.Map<java.time.LocalDate, List<EvidenceItem>> eventsByDay = new java.util.HashMap<>();
    private int next = 1;

    CheckContext(EvidenceBase base) {
        this.base = base;
        this.entities = new EntityFinder(base.gazetteer());
        this.chronology = new ChronologyMatcher(base.chronology(), entities, base.gazetteer().entries());
        for (EvidenceItem e : base.events()) {
            if (e.date() != null) {
                eventsByDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
            }
        }
    }

    /** The content words of a passage, computed once. */
    java.util.Set<String> words(EvidenceItem passage) {
        return passageWords.computeIfAbsent(passage.id(), k -> Words.of(passage.text()));
    }

    /** The coded event records of a day. */
    List<EvidenceItem> eventsOn(java.time.LocalDate day) {
        return eventsByDay.getOrDefault(day, List.of());
    }

    /** A new claim of a sentence, numbered in order. */
    Claim claim(ClaimKind kind, SentenceFacts f, String text, String subject, ClaimDate date, Amount amount) {
        return new Claim("c" + next++, kind, f.sentence().line(), f.sentence().text(), text, subject, date, amount,
                f.citations());
    }

    static ClaimVerdict supported(Claim c, String reason, List<EvidenceItem> evidence) {
        return new ClaimVerdict(c, Verdict.SUPPORTED, reason, evidence, List.of());
    }

    static ClaimVerdict unverified(Claim c, String reason, List<EvidenceItem> evidence) {
        return new ClaimVerdict(c, Verdict.UNVERIFIED, reason, evidence, List.of());
    }

    static ClaimVerdict contradicted(Claim c, String reason, List<EvidenceItem> evidence, Discrepancy d) {
        List<EvidenceItem> conflicting = new ArrayList<>();
        for (EvidenceItem e : evidence) {
            conflicting.add(e.id().equals(d.evidenceId()) ? e.with(Stance.CONTRADICTS, e.note()) : e);
        }
        return new ClaimVerdict(c, Verdict.CONTRADICTED, reason, conflicting, List.of(d));
    }

    /** A gazetteer entry as evidence, followed by its chronology events. */
    List<EvidenceItem> evidenceOf(GazetteerEntry g) {
        List<EvidenceItem> out = new ArrayList<>();
        out.add(base.item(g));
        for (String id : g.chronology()) {
            base.chronologyEntry(id).map(base::item).ifPresent(out::add);
        }
        return out;
    }

    EvidenceItem item(ChronologyEntry e, String note) {
        EvidenceItem i = base.item(e);
        return i.with(i.stance(), note);
    }
}
