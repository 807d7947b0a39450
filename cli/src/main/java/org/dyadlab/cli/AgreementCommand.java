package org.dyadlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.agreement.AgreementReport;
import org.dyadlab.corpus.agreement.AgreementStats;
import org.dyadlab.corpus.agreement.CodeAgreement;
import org.dyadlab.corpus.agreement.CodingAgreement;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab agreement}: inter-coder agreement. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Agreement between two coders (two people, or 'rules' and an expert) per code and overall: "
                + "percent agreement, Cohen's kappa, Krippendorff's alpha (nominal).",
            "The unit is the sentence. Each statistic is given twice: over ALL sentences of the compared documents, "
                    + "and over the CODED sentences only (those at least one coder coded with a compared code): "
                    + "kappa over mostly uncoded text says little. n/a = undefined (no variation, e.g. a code "
                    + "nobody used)."},
        footer = {"", "Examples:", "  dyadlab agreement --coders rules,alice",
            "  dyadlab agreement --coders alice,bob --codes economic,strategic.counter-terrorism "
                    + "--documents PAK_72_2017,PAK_73_2018 --format json"})
final class AgreementCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B", description = "The two coders.")
    List<String> coders;

    @Option(names = "--codes", split = ",", paramLabel = "CODE", description = "Codes to compare (a factor includes "
            + "its themes); default: every code either coder used.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--documents", split = ",", paramLabel = "ID", description = "Documents to compare; default: "
            + "every document either coder coded.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        if (coders.size() != 2 || coders.get(0).equals(coders.get(1))) {
            throw new UsageException("--coders needs two different names, e.g. --coders rules,alice");
        }
        AgreementReport r;
        try (EventStore store = workspace.openExisting()) {
            for (String c : coders) {
                if (!store.coding().coders().contains(c)) {
                    throw new UsageException("coder " + c + " has coded nothing in this workspace (coders: "
                            + String.join(", ", store.coding().coders()) + ")");
                }
            }
            r = new CodingAgreement(store.corpus(), store.coding()).compare(coders.get(0), coders.get(1), codes,
                    Set.copyOf(documents));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CodeAgreement c : r.codes()) {
            rows.add(row(c.codeId(), "all", c.allUnits()));
            rows.add(row(c.codeId(), "coded", c.codedUnits()));
        }
        rows.add(row("(overall, pooled)", "all", r.overallAll()));
        rows.add(row("(overall, pooled)", "coded", r.overallCoded()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.table) {
            out.printf("%s vs %s: %d document(s), %d sentences, %d coded by either%s%n", r.coderA(), r.coderB(),
                    r.documents().size(), r.units(), r.codedUnits(), r.skippedPassages() == 0 ? ""
                            : " (" + r.skippedPassages() + " passages on older document versions left out)");
        }
        Tables.print(out, format, List.of("code", "units", "n", "both", "only_" + r.coderA(), "only_" + r.coderB(),
                "neither", "percent", "kappa", "alpha"), rows);
        return 0;
    }

    private static List<Object> row(String code, String units, AgreementStats s) {
        return List.of(code, units, s.units(), s.both(), s.onlyA(), s.onlyB(), s.neither(), s.percentAgreement(),
                s.cohensKappa(), s.krippendorffAlpha());
    }
}
