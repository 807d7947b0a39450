package org.dyadlab.casestudy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.gazetteer.GazetteerEntry;
import org.dyadlab.model.indicator.IndicatorObservation;

/**
 * Checks a case's gazetteer and declared findings: ids, that every reference resolves (sources in the bibliography,
 * chronology ids, gazetteer ids, indicator rows, codebook codes, CAMEO codes), party codes, and names two entries
 * share. Reports which bibliography keys they cite, so that a source cited only by the gazetteer counts as used.
 */
final class EvidenceFilesValidator {
    private final CameoOntology ontology;

    EvidenceFilesValidator(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** What was checked: counts, and the bibliography keys cited. */
    record Counts(int gazetteerEntries, int findings, Set<String> citedKeys) {
    }

    Counts validate(CaseDefinition c, Set<String> bibKeys, Set<String> chronologyIds, Codebook codebook,
                    List<CaseProblem> problems) {
        int entries = 0;
        Set<String> cited = new java.util.HashSet<>();
        Set<String> gazetteerIds = new java.util.HashSet<>();
        if (c.gazetteer() != null) {
            GazetteerYaml.Result g = GazetteerYaml.read(c.file(c.gazetteer()));
            problems.addAll(g.problems());
            entries = g.gazetteer().entries().size();
            Map<String, String> names = new HashMap<>();
            for (GazetteerEntry e : g.gazetteer().entries()) {
                gazetteerIds.add(e.id());
                long line = g.lines().getOrDefault(e.id(), 0L);
                if (e.sources().isEmpty()) {
                    problems.add(new CaseProblem(c.gazetteer(), line, e.id(), "no source"));
                }
                for (String s : e.sources()) {
                    cited.add(s);
                    if (!bibKeys.contains(s)) {
                        problems.add(new CaseProblem(c.gazetteer(), line, e.id(), "source '" + s + "' is not in "
                                + c.sources()));
                    }
                }
                for (String id : e.chronology()) {
                    if (!chronologyIds.contains(id)) {
                        problems.add(new CaseProblem(c.gazetteer(), line, e.id(), "chronology id '" + id
                                + "' is not in " + c.chronology()));
                    }
                }
                for (String p : e.parties()) {
                    if (!CaseActors.isKnownPrefix(ontology, p)) {
                        problems.add(new CaseProblem(c.gazetteer(), line, e.id(), "party '" + p + "' does not start "
                                + "with a CAMEO country or actor-type code"));
                    }
                }
                for (String n : e.names()) {
                    String key = GazetteerEntry.isAcronym(n) ? n : n.toLowerCase(Locale.ROOT).replaceAll("[-–\\s]+", " ");
                    String other = names.putIfAbsent(key, e.id());
                    if (other != null && !other.equals(e.id())) {
                        problems.add(new CaseProblem(c.gazetteer(), line, e.id(), "the name '" + n + "' also names '"
                                + other + "'"));
                    }
                }
            }
        }
        int findings = 0;
        if (c.findings() != null) {
            FindingsYaml.Result f = FindingsYaml.read(c.file(c.findings()));
            problems.addAll(f.problems());
            findings = f.findings().size();
            Map<String, Set<String>> rows = indicatorRows(c);
            Set<String> codes = codebook.codes().stream().map(Code::id).collect(Collectors.toSet());
            for (DeclaredFinding d : f.findings()) {
                if (d.evidence().isEmpty()) {
                    problems.add(new CaseProblem(c.findings(), d.line(), d.finding().id(), "no evidence"));
                }
                for (List<EvidenceRef> refs : List.of(d.evidence(), d.contradicting())) {
                    for (EvidenceRef r : refs) {
                        String problem = unresolved(r, chronologyIds, gazetteerIds, rows, codes);
                        if (problem != null) {
                            problems.add(new CaseProblem(c.findings(), d.line(), d.finding().id(), problem));
                        }
                    }
                }
            }
        }
        return new Counts(entries, findings, cited);
    }

    private String unresolved(EvidenceRef r, Set<String> chronologyIds, Set<String> gazetteerIds,
                              Map<String, Set<String>> rows, Set<String> codes) {
        if (r instanceof EvidenceRef.Chronology ch && !chronologyIds.contains(ch.id())) {
            return r.describe() + ": no such chronology event";
        }
        if (r instanceof EvidenceRef.GazetteerEntry g && !gazetteerIds.contains(g.id())) {
            return r.describe() + ": no such gazetteer entry";
        }
        if (r instanceof EvidenceRef.Indicator i) {
            Set<String> times = rows.getOrDefault(i.name() + "|" + i.subject(), Set.of());
            for (String t : new String[] {i.time(), i.from(), i.to()}) {
                if (t != null && !times.contains(t)) {
                    return r.describe() + ": no row " + t + " in the case's indicators";
                }
            }
        }
        if (r instanceof EvidenceRef.Passages p && !codes.contains(p.code())) {
            return r.describe() + ": '" + p.code() + "' is not a code of the codebook";
        }
        if (r instanceof EvidenceRef.Events e && (!e.cameo().matches("\\d{2,4}")
                || ontology.eventCode(e.cameo()).isEmpty())) {
            return r.describe() + ": '" + e.cameo() + "' is not a CAMEO event code or root";
        }
        return null;
    }

    private static Map<String, Set<String>> indicatorRows(CaseDefinition c) {
        Map<String, Set<String>> out = new HashMap<>();
        for (IndicatorObservation o : CaseIndicators.read(c.file(c.indicators()))) {
            out.computeIfAbsent(o.indicator() + "|" + o.subject(), k -> new java.util.HashSet<>()).add(o.timeLabel());
        }
        return out;
    }
}
