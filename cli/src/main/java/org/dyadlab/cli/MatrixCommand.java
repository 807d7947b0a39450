package org.dyadlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dyadlab.corpus.matrix.CodeMatrices;
import org.dyadlab.corpus.matrix.CodeMatrix;
import org.dyadlab.corpus.matrix.PeriodSet;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadlab matrix}: code frequencies and co-occurrence. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Code matrices. frequency: codes by period, source kind or side (a factor counts its themes); "
                + "cooccurrence: codes by codes, counting sentences (or documents) coded with both."},
        footer = {"", "Examples:", "  dyadlab matrix frequency --by period --periods periods.yaml",
            "  dyadlab matrix frequency --by side --measure documents --coder rules --format csv",
            "  dyadlab matrix cooccurrence --scope sentence"})
final class MatrixCommand implements Callable<Integer> {
    enum Kind { frequency, cooccurrence }

    enum By { period, kind, side }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Mixin
    CodebookOption codebook;

    @picocli.CommandLine.Parameters(paramLabel = "MATRIX", description = "frequency or cooccurrence.")
    Kind kind;

    @Option(names = "--by", defaultValue = "period", description = "frequency: period (default), kind or side.")
    By by;

    @Option(names = "--periods", paramLabel = "FILE", description = "YAML list of named periods "
            + "(periods: [{name, from, to}]); default: calendar years.")
    Path periods;

    @Option(names = "--measure", defaultValue = "PASSAGES", description = "frequency: passages (default) or documents.")
    CodeMatrices.Measure measure;

    @Option(names = "--scope", defaultValue = "SENTENCE", description = "cooccurrence: sentence (default) or document.")
    CodeMatrices.Scope scope;

    @Option(names = "--coder", split = ",", description = "Only passages of these coders.")
    List<String> coders = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json.")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        if (periods != null && !Files.isRegularFile(periods)) {
            throw new UsageException("no such periods file: " + periods);
        }
        CodeMatrix m;
        try (EventStore store = workspace.openExisting()) {
            CodeMatrices matrices = new CodeMatrices(store.corpus(), store.coding(), codebook.load(store.workspace()));
            Set<String> who = Set.copyOf(coders);
            if (kind == Kind.cooccurrence) {
                m = matrices.coOccurrence(scope, who);
            } else {
                m = switch (by) {
                    case period -> matrices.byPeriod(periodSet(store), measure, who);
                    case kind -> matrices.byKind(measure, who);
                    case side -> matrices.bySide(measure, who);
                };
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<String> header = new ArrayList<>();
        header.add("code");
        header.addAll(m.columns());
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(m.rows().get(r));
            for (long c : m.counts()[r]) {
                row.add(c);
            }
            rows.add(row);
        }
        if (format == OutputFormat.table) {
            spec.commandLine().getOut().println(m.title());
        }
        Tables.print(spec.commandLine().getOut(), format, header, rows);
        return 0;
    }

    private PeriodSet periodSet(EventStore store) throws IOException {
        if (periods != null) {
            return PeriodSet.read(periods);
        }
        return PeriodSet.years(store.corpus().documents().stream().map(Document::metadata)
                .map(md -> md.date()).toList());
    }
}
