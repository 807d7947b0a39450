package org.dyadlab.casestudy;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyadlab.corpus.ingest.BibEntry;
import org.dyadlab.corpus.ingest.Bibliography;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.chronology.ChronologyEntry;
import org.dyadlab.model.corpus.Code;
import org.dyadlab.model.corpus.Codebook;
import org.dyadlab.model.event.DatePrecision;

/**
 * Checks a case folder: the chronology's dates, CAMEO codes, actors, themes (every one in the codebook) and
 * sources (every key in the bibliography), duplicates, the bibliography itself, the FATF series, and the gazetteer
 * and declared findings ({@link EvidenceFilesValidator}). Every problem names the file, the line and the field.
 */
public final class CaseValidator {
    private final CameoOntology ontology;

    public CaseValidator(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /** What a validation found: the problems, and how much it checked. */
    public record Report(int events, int sources, int fatfRows, int gazetteerEntries, int findings,
                         List<CaseProblem> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Report validate(CaseDefinition c) {
        List<CaseProblem> problems = new ArrayList<>();
        ChronologyReader.Result chronology = ChronologyReader.read(c.file(c.chronology()));
        problems.addAll(chronology.problems());
        Bibliography bib = CaseParts.bibliography(c);
        Codebook codebook = CaseParts.codebook(c);
        Set<String> keys = new HashSet<>();
        for (BibEntry e : bib.entries()) {
            if (!keys.add(e.key())) {
                problems.add(new CaseProblem(c.sources(), 0, e.key(), "the key appears twice"));
            }
            if (e.metadata().title() == null || e.metadata().title().isBlank()) {
                problems.add(new CaseProblem(c.sources(), 0, e.key(), "no title"));
            }
            if (e.metadata().url() == null && e.metadata().doi() == null) {
                problems.add(new CaseProblem(c.sources(), 0, e.key(), "neither url nor doi"));
            }
            if (e.metadata().date() == null) {
                problems.add(new CaseProblem(c.sources(), 0, e.key(), "no date"));
            }
        }
        Set<String> used = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> sameEvent = new HashMap<>();
        String file = c.chronology();
        for (int i = 0; i < chronology.entries().size(); i++) {
            ChronologyEntry e = chronology.entries().get(i);
            long line = chronology.lines().get(i);
            if (!ids.add(e.id())) {
                problems.add(new CaseProblem(file, line, "id", "'" + e.id() + "' is used twice"));
            }
            String key = e.date() + "|" + e.sourceActor() + "|" + e.targetActor() + "|" + e.cameoCode();
            String first = sameEvent.putIfAbsent(key, e.id());
            if (first != null) {
                problems.add(new CaseProblem(file, line, "(row)", "the same date, actors and code as '" + first + "'"));
            }
            checkDate(e, file, line, problems);
            if (ontology.eventCode(e.cameoCode()).isEmpty()) {
                problems.add(new CaseProblem(file, line, "cameo_code", "unknown CAMEO event code '" + e.cameoCode() + "'"));
            }
            for (String[] actor : new String[][] {{"source_actor", e.sourceActor()}, {"target_actor", e.targetActor()}}) {
                if (!CaseActors.isKnownPrefix(ontology, actor[1])) {
                    problems.add(new CaseProblem(file, line, actor[0], "'" + actor[1] + "' does not start with a CAMEO "
                            + "country or actor-type code"));
                }
            }
            Code theme = codebook.code(e.theme()).orElse(null);
            if (theme == null || theme.parentId() == null) {
                problems.add(new CaseProblem(file, line, "theme", "'" + e.theme() + "' is not a theme of codebook "
                        + codebook.name()));
            }
            if (e.sources().isEmpty()) {
                problems.add(new CaseProblem(file, line, "sources", "no source"));
            }
            for (String s : e.sources()) {
                used.add(s);
                if (!keys.contains(s)) {
                    problems.add(new CaseProblem(file, line, "sources", "'" + s + "' is not in " + c.sources()));
                }
            }
        }
        int fatfRows = 0;
        if (c.fatfStatus() != null) {
            if (!Files.isRegularFile(c.file(c.fatfStatus()))) {
                problems.add(new CaseProblem(c.fatfStatus(), 0, "", "missing"));
            } else {
                FatfStatus.Result fatf = FatfStatus.read(c.file(c.fatfStatus()));
                problems.addAll(fatf.problems());
                fatfRows = fatf.changes().size();
                for (FatfStatus.Change ch : fatf.changes()) {
                    for (String s : ch.sources()) {
                        used.add(s);
                        if (!keys.contains(s)) {
                            problems.add(new CaseProblem(c.fatfStatus(), 0, "source", "'" + s + "' is not in "
                                    + c.sources()));
                        }
                    }
                }
            }
        }
        EvidenceFilesValidator.Counts evidence = new EvidenceFilesValidator(ontology).validate(c, keys, ids, codebook,
                problems);
        used.addAll(evidence.citedKeys());
        for (BibEntry e : bib.entries()) {
            if (!used.contains(e.key())) {
                problems.add(new CaseProblem(c.sources(), 0, e.key(), "not cited by the chronology, the FATF series or "
                        + "the gazetteer"));
            }
        }
        return new Report(chronology.entries().size() + chronology.problems().size(), bib.entries().size(), fatfRows,
                evidence.gazetteerEntries(), evidence.findings(), problems);
    }

    private static void checkDate(ChronologyEntry e, String file, long line, List<CaseProblem> problems) {
        LocalDate d = e.date();
        if (e.precision() == DatePrecision.MONTH && d.getDayOfMonth() != 1) {
            problems.add(new CaseProblem(file, line, "date", "a month-precision date must be the 1st of the month"));
        }
        if (e.precision() == DatePrecision.YEAR && d.getDayOfYear() != 1) {
            problems.add(new CaseProblem(file, line, "date", "a year-precision date must be 1 January"));
        }
    }
}
