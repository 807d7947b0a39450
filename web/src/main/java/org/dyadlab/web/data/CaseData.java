package org.dyadlab.web.data;

import java.time.LocalDate;
import java.util.List;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.analysis.periods.PeriodSets;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseParts;
import org.dyadlab.casestudy.CaseReportAssembler;
import org.dyadlab.model.period.PeriodSet;
import org.dyadlab.report.ReportData;
import org.dyadlab.store.PassageQuery;
import org.dyadlab.store.WorkspaceSummary;
import org.dyadlab.web.Workbench;
import org.dyadlab.web.data.Json.PeriodJson;

/**
 * The case overview: what the workspace holds and, when it was built from a case, the case's periods and its
 * findings, computed from the evidence as the report computes them (kept until the events change).
 */
public final class CaseData {
    /** The period set views use when the workspace has no case. */
    public static final String DEFAULT_PERIODS = "us-administrations";

    private final Workbench workbench;
    private List<FindingJson> findings;
    private long findingsGeneration = Long.MIN_VALUE;

    public CaseData(Workbench workbench) {
        this.workbench = workbench;
    }

    /** A finding: a computed statement and the sources it cites. */
    public record FindingJson(String heading, String text, List<String> citations) {
    }

    /** Events of one origin dataset. */
    public record CoverageJson(String origin, long events, LocalDate first, LocalDate last) {
    }

    /** The overview. */
    public record OverviewJson(String name, String title, String subtitle, String dyad, String workspace,
                               String periodSet, List<PeriodJson> periods, List<FindingJson> findings,
                               List<CoverageJson> coverage, long documents, long passages, List<String> coders,
                               String codebook) {
    }

    /** The periods of the views: the case's set, else the US administrations. */
    public PeriodSet periods() {
        return workbench.caseDefinition().map(CaseParts::periods).orElseGet(() -> PeriodSets.builtIn(DEFAULT_PERIODS));
    }

    public OverviewJson overview() {
        CaseDefinition c = workbench.caseDefinition().orElse(null);
        PeriodSet periods = periods();
        return workbench.use(a -> {
            WorkspaceSummary summary = a.store().summary();
            List<CoverageJson> coverage = summary.origins().stream()
                    .map(o -> new CoverageJson(o.origin(), o.events(), o.first(), o.last())).toList();
            long passages = a.store().coding().passages(PassageQuery.ALL).size();
            return new OverviewJson(c == null ? null : c.name(), c == null ? "dyadlab workspace" : c.title(),
                    c == null ? "" : c.subtitle(), workbench.defaultDyad().toString(),
                    workbench.workspace().dir().getFileName() == null ? "" : workbench.workspace().dir().getFileName().toString(),
                    periods.name(), RelationsData.periods(periods), findings(a, c), coverage,
                    a.store().corpus().documentCount(), passages, a.store().coding().coders(),
                    workbench.codebook().title());
        });
    }

    private List<FindingJson> findings(Workbench.Access a, CaseDefinition c) {
        if (c == null) {
            return List.of();
        }
        long generation = a.store().generation();
        if (findings == null || generation != findingsGeneration) {
            ReportData data = new CaseReportAssembler(c, a.store(), workbench.ontology(), BootstrapOptions.DEFAULT,
                    ChangePointOptions.DEFAULT).assemble(List.of(), LocalDate.now());
            findings = data.summary().stream().map(f -> new FindingJson(f.heading(), f.text(), f.citations())).toList();
            findingsGeneration = generation;
        }
        return findings;
    }
}
