package org.dyadlab.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.report.ReportData;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of the case folder alone: every part is there, and the findings carry the computed numbers. */
class CaseReportAssemblerTest {
    @TempDir
    Path dir;

    @Test
    void theCaseFolderAloneGivesACompleteReportWhoseFindingsQuoteTheComparisons() {
        CaseDefinition c = CaseFolders.read(CaseFixture.builtIn());
        CameoOntology o = CameoOntology.standard();
        ReportData r;
        try (EventStore store = EventStore.open(new Workspace(dir), o)) {
            new CaseLoader(store, o, line -> { }).loadCase(c);
            r = new CaseReportAssembler(c, store, o, new BootstrapOptions(200, 1, 0, 0.95),
                    new ChangePointOptions("mbic", 3, 50, 2, 1)).assemble(List.of(), LocalDate.of(2026, 11, 28));
        }
        assertThat(r.chronology()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(r.factors()).extracting(ReportData.FactorSection::factorId)
                .containsExactly("political", "strategic", "economic");
        assertThat(r.comparisons()).hasSize(3);
        assertThat(r.relationsIndex().bands()).extracting(ReportData.Band::name)
                .containsExactly("Obama II", "Trump I", "Biden", "Trump II");
        assertThat(r.relationsIndex().markers()).isNotEmpty();

        ReportData.ComparisonTable aid = r.comparisons().get(1);
        ReportData.EstimateRow trump = aid.estimates().stream().filter(e -> e.period().equals("Trump I")).findFirst()
                .orElseThrow();
        assertThat(trump.units()).isEqualTo(4);
        String aidFinding = r.summary().stream().filter(f -> f.heading().equals("US aid")).findFirst().orElseThrow()
                .text();
        assertThat(aidFinding).contains(Money.usd(trump.value()) + " under Trump I");

        Set<String> keys = r.bibliography().stream().map(ReportData.BibEntry::key).collect(Collectors.toSet());
        assertThat(r.chronology()).allSatisfy(e -> assertThat(keys).containsAll(e.citations()));
        assertThat(r.summary()).allSatisfy(f -> assertThat(keys).containsAll(f.citations()));
        ReportData.FactorSection economic = r.factors().get(2);
        assertThat(economic.indicators()).extracting(ReportData.IndicatorChart::title)
                .anyMatch(t -> t.startsWith("US aid to Pakistan")).anyMatch(t -> t.startsWith("FATF status"));
    }
}
