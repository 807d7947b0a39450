package org.dyadlab.web;

import java.time.Clock;
import org.dyadlab.web.data.CaseData;
import org.dyadlab.web.data.CaseEvidenceCache;
import org.dyadlab.web.data.ClaimsData;
import org.dyadlab.web.data.ChronologyData;
import org.dyadlab.web.data.CodingData;
import org.dyadlab.web.data.CorpusData;
import org.dyadlab.web.data.EventsData;
import org.dyadlab.web.data.FindingsData;
import org.dyadlab.web.data.IndicatorsData;
import org.dyadlab.web.data.RelationsData;
import org.dyadlab.web.evidence.EventEvidence;

/**
 * The dashboard's services over one workbench, wired once: each view's data, computed the same way for its page and
 * for its JSON.
 */
public record Dashboard(Workbench workbench, CaseData overview, ChronologyData chronology, RelationsData relations,
                        EventsData events, IndicatorsData indicators, CorpusData corpus, CodingData coding,
                        FindingsData findings, ClaimsData claims) {

    public static Dashboard of(Workbench workbench, boolean cacheDays, Clock clock) {
        ChronologyData chronology = new ChronologyData(workbench.caseDefinition().orElse(null), workbench.ontology(),
                workbench.codebook());
        CorpusData corpus = new CorpusData(workbench);
        String caseName = workbench.caseDefinition().map(c -> c.name()).orElse(null);
        CaseEvidenceCache evidence = new CaseEvidenceCache(workbench);
        return new Dashboard(workbench, new CaseData(workbench), chronology,
                new RelationsData(workbench, chronology, cacheDays),
                new EventsData(workbench, new EventEvidence(chronology, caseName)), new IndicatorsData(workbench),
                corpus, new CodingData(workbench, corpus, clock), new FindingsData(evidence),
                new ClaimsData(evidence, clock));
    }
}
