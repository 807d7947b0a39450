package org.dyadlab.casestudy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dyadlab.analysis.breaks.ChangePointOptions;
import org.dyadlab.analysis.compare.BootstrapOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.report.ReportData;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;

/**
 * The main job: a case folder, from its evidence to its report. Validates the case, loads it (and, with a
 * data folder, the event samples and documents) into the workspace, computes the report and writes it with
 * each of the renderers given. Prints where it is through the log. Idempotent: re-running it changes no data.
 */
public final class CaseStudyRun {
    /** A renderer: writes the report data to a file. */
    @FunctionalInterface
    public interface Renderer {
        void write(ReportData data, Path file) throws IOException;
    }

    /** One output: the renderer and the file name it writes in the report folder. */
    public record Output(String fileName, Renderer renderer) {
    }

    /** What the run produced. */
    public record Result(CaseValidator.Report validation, ReportData report, List<Path> files) {
    }

    private final CameoOntology ontology;
    private final Consumer<String> log;

    public CaseStudyRun(CameoOntology ontology, Consumer<String> log) {
        this.ontology = ontology;
        this.log = log;
    }

    /**
     * @param caseFolder the case folder
     * @param workspace  the workspace to build
     * @param data       the shared data folder, or null to run on the case folder alone
     * @param outputs    the report files to write (in workspace/report/)
     */
    public Result run(Path caseFolder, Workspace workspace, Path data, List<Output> outputs, LocalDate today) {
        CaseDefinition c = CaseFolders.read(caseFolder);
        log.accept("Case " + c.name() + ": " + c.title());
        CaseValidator.Report validation = new CaseValidator(ontology).validate(c);
        log.accept(String.format("validated: %d chronology events, %d sources, %d FATF rows, %d gazetteer entries, "
                        + "%d findings, %d problems", validation.events(), validation.sources(), validation.fatfRows(),
                validation.gazetteerEntries(), validation.findings(), validation.problems().size()));
        validation.problems().stream().limit(10).forEach(p -> log.accept("  problem: " + p));
        List<ReportData.Input> inputs = new ArrayList<>();
        for (String f : List.of(CaseFolders.CASE_FILE, c.chronology(), c.sources(), c.indicators())) {
            inputs.add(Inputs.of("case file", c.file(f), c.name() + "/" + f, ""));
        }
        for (String f : new String[] {c.fatfStatus(), c.gazetteer(), c.findings()}) {
            if (f != null && Files.isRegularFile(c.file(f))) {
                inputs.add(Inputs.of("case file", c.file(f), c.name() + "/" + f, ""));
            }
        }
        ReportData report;
        try (EventStore store = EventStore.open(workspace.create(), ontology)) {
            log.accept("Loading the case into " + workspace.databaseFile());
            CaseLoader loader = new CaseLoader(store, ontology, line -> log.accept("  " + line));
            loader.loadCase(c);
            if (data != null) {
                log.accept("Loading the data from " + data);
                CaseLoader.DataLoad d = loader.loadData(c, data, workspace.rejectsDir());
                for (int i = 0; i < c.events().size() && i < d.events().size(); i++) {
                    ImportSummary s = d.events().get(i);
                    inputs.add(Inputs.of("event data (" + s.format() + ")", Path.of(s.file()),
                            data.relativize(Path.of(s.file()).toAbsolutePath()).toString(),
                            String.format("%,d read, %,d imported", s.read(), s.imported())));
                }
                for (CaseDefinition.DocumentCollection dc : c.documents()) {
                    Path p = data.resolve(dc.path());
                    if (Files.exists(p)) {
                        inputs.add(Inputs.of("documents (" + dc.kind() + ")", p, dc.path(), ""));
                    }
                }
                for (String src : c.indicatorSources().values()) {
                    Path p = data.resolve(src);
                    if (Files.exists(p)) {
                        inputs.add(Inputs.of("indicator source (derives " + c.indicators() + ")", p, src, ""));
                    }
                }
            } else {
                log.accept("No data folder: the report rests on the case folder alone");
            }
            log.accept("Computing the analysis and the report");
            report = new CaseReportAssembler(c, store, ontology, BootstrapOptions.DEFAULT, ChangePointOptions.DEFAULT)
                    .assemble(inputs, today);
        }
        Path dir = workspace.dir().resolve("report");
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Output o : outputs) {
                Path file = dir.resolve(o.fileName());
                o.renderer().write(report, file);
                files.add(file);
                log.accept("Wrote " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
        }
        return new Result(validation, report, files);
    }
}
