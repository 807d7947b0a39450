package org.dyadlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseEvidence;
import org.dyadlab.casestudy.CaseFindings;
import org.dyadlab.casestudy.CaseFolders;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.evidence.TriangulatedFinding;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab findings}: the case's declared findings with their triangulation scores. */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = {"Weigh the case's declared findings (findings.yaml): for each, its evidence, its independent "
                + "sources (wire copies counted once), kinds of source and sides, the triangulation score and the "
                + "flags (single source, single side, contradicted…). JSON gives every evidence item and source."},
        footer = {"", "Examples:", "  dyadlab findings", "  dyadlab findings --workspace demo-workspace --format json"})
final class FindingsCommand implements Callable<Integer> {
    enum Format { table, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CaseEvidenceOptions evidence;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        CaseDefinition c = CaseFolders.read(evidence.caseFolder());
        List<TriangulatedFinding> findings;
        try (EventStore store = evidence.openWorkspace()) {
            findings = CaseFindings.assess(c, CaseEvidence.of(c, store, CameoOntology.standard()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(CheckClaimsCommand.json(findings));
            out.flush();
            return 0;
        }
        if (findings.isEmpty()) {
            out.println("The case declares no findings (" + c.folder() + "/findings.yaml).");
            return 0;
        }
        Rows rows = new Rows("finding", "score", "strength", "sources", "kinds", "sides", "against", "flags");
        for (TriangulatedFinding f : findings) {
            var s = f.score();
            rows.add(f.finding().id(), s.score(), s.strength().key(), s.independentSources(),
                    String.join(",", s.kinds()), String.join(",", s.sides()), s.contradicting(),
                    String.join(",", s.flags().stream().map(x -> x.key()).toList()));
        }
        rows.print(out, Rows.Format.table);
        return 0;
    }
}
