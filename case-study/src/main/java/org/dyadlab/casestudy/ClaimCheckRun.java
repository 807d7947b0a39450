package org.dyadlab.casestudy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyadlab.analysis.claims.ClaimChecker;
import org.dyadlab.corpus.ingest.DocumentReadException;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.store.EventStore;

/**
 * Checks a manuscript against a case: reads the manuscript (Markdown, text, PDF, DOCX…), assembles the case's evidence
 * base (with a workspace's passages and coded events when one is given) and runs the claim checker.
 */
public final class ClaimCheckRun {
    private final CameoOntology ontology;

    public ClaimCheckRun(CameoOntology ontology) {
        this.ontology = ontology;
    }

    /**
     * @param store a workspace the case was loaded into, or null for the case folder alone
     */
    public ClaimCheckReport check(Path manuscript, Path caseFolder, EventStore store, LocalDate today)
            throws DocumentReadException {
        CaseDefinition c = CaseFolders.read(caseFolder);
        ManuscriptReader.Text text = ManuscriptReader.read(manuscript);
        return check(manuscript, text, CaseEvidence.of(c, store, ontology), today);
    }

    /**
     * Checks a manuscript against an evidence base already assembled (the dashboard keeps one between requests and
     * reads the store only to build it).
     */
    public static ClaimCheckReport check(Path manuscript, CaseEvidence.Built evidence, LocalDate today)
            throws DocumentReadException {
        return check(manuscript, ManuscriptReader.read(manuscript), evidence, today);
    }

    private static ClaimCheckReport check(Path manuscript, ManuscriptReader.Text text, CaseEvidence.Built evidence,
                                          LocalDate today) {
        List<String> notes = new ArrayList<>(evidence.notes());
        notes.add("manuscript read as " + text.mediaType());
        return new ClaimChecker(evidence.base()).check(text.text(), text.markdown(),
                manuscript.getFileName().toString(), today, notes);
    }
}
