package org.dyadlab.web.data;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.dyadlab.casestudy.ClaimCheckRun;
import org.dyadlab.corpus.ingest.DocumentReadException;
import org.dyadlab.model.claim.ClaimCheckReport;

/**
 * Checks an uploaded manuscript's claims against the case's evidence, as {@code dyadlab check-claims --workspace}
 * does. The store is read inside {@link org.dyadlab.web.Workbench#use} (to build or refresh the evidence base); the
 * reading of the manuscript and the checking, which take seconds, run outside it, one check at a time, so the other
 * views stay usable while a manuscript is checked.
 */
public final class ClaimsData {
    private final CaseEvidenceCache evidence;
    private final Clock clock;
    private final ReentrantLock oneCheck = new ReentrantLock();

    public ClaimsData(CaseEvidenceCache evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    /** A manuscript checked, and the evidence base it was checked against (for the links of its evidence). */
    public record Checked(ClaimCheckReport report, CaseEvidenceCache.Snapshot evidence) {
    }

    /**
     * @param manuscript the saved upload (Markdown, text, PDF, DOCX…)
     * @return the check, or empty when the dashboard was opened without a case
     * @throws DocumentReadException when the manuscript cannot be read (corrupt, encrypted, over the limits)
     */
    public Optional<Checked> check(Path manuscript) throws DocumentReadException {
        Optional<CaseEvidenceCache.Snapshot> s = evidence.current();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        oneCheck.lock();
        try {
            return Optional.of(new Checked(ClaimCheckRun.check(manuscript, s.get().evidence(), LocalDate.now(clock)),
                    s.get()));
        } finally {
            oneCheck.unlock();
        }
    }
}
