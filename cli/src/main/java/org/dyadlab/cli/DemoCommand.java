package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.casestudy.CaseStudyRun;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.report.HtmlReportWriter;
import org.dyadlab.report.PdfReportWriter;
import org.dyadlab.report.ReportData;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyadlab demo}: the main job. Takes the built-in Pakistan–US case from its evidence to its report:
 * validates the case folder, loads its chronology, indicators and FATF series into a workspace (and, with the
 * shared data, the event samples and the documents, rule-coded with the case codebook), computes the
 * analysis and writes the report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the built-in Pakistan-United States case end to end, from its evidence to a cited report "
                + "(report.html, report.pdf, report.json in <workspace>/report/).",
            "With the shared data (../shared/data by default, or --data) it also loads the real event samples and "
                    + "official statements; without it, the report rests on the case folder alone. Safe to re-run."},
        footer = {"", "Examples:", "  dyadlab demo", "  dyadlab demo --workspace /tmp/pak-usa --data /srv/shared/data",
            "  dyadlab demo --case cases/my-dyad --no-data"})
final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-w", "--workspace"}, defaultValue = "demo-workspace", paramLabel = "DIR",
            description = "Workspace folder for the case (default: ${DEFAULT-VALUE}).")
    Path workspaceDir;

    @Option(names = "--case", paramLabel = "DIR",
            description = "The case folder (default: cases/pak-usa of the dyadlab installation).")
    Path caseFolder;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data folder (default: ../shared/data beside the dyadlab installation, when it exists).")
    Path data;

    @Option(names = "--no-data", description = "Use the case folder alone, even where the shared data exists.")
    boolean noData;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = caseFolder != null ? caseFolder : builtInCase();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UsageException("no case folder" + (folder == null ? "" : " at " + folder) + "; give --case DIR");
        }
        Path dataDir = null;
        if (!noData) {
            if (data != null) {
                if (!Files.isDirectory(data)) {
                    throw new UsageException("--data " + data + " is not a folder");
                }
                dataDir = data.toAbsolutePath().normalize();
            } else {
                dataDir = defaultSharedData();
            }
        }
        long started = System.nanoTime();
        CaseStudyRun.Result r = new CaseStudyRun(CameoOntology.standard(), line -> {
            out.println(line);
            out.flush();
        }).run(folder, new Workspace(workspaceDir), dataDir, outputs(), LocalDate.now());
        out.println();
        out.println("Findings:");
        for (ReportData.Finding f : r.report().summary()) {
            out.println("  " + f.heading() + ": " + f.text());
        }
        out.println();
        out.printf("Done in %.1f s. Open %s%n", (System.nanoTime() - started) / 1e9, r.files().get(0));
        return r.validation().ok() ? 0 : 1;
    }

    /** The report files the demo writes. */
    static List<CaseStudyRun.Output> outputs() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        return List.of(new CaseStudyRun.Output("report.html", HtmlReportWriter::write),
                new CaseStudyRun.Output("report.pdf", PdfReportWriter::write),
                new CaseStudyRun.Output("report.json", (data, file) -> json.writeValue(file.toFile(), data)));
    }

    /** cases/pak-usa of the installation (or of a folder above the working directory, as in tests). */
    static Path builtInCase() {
        String home = System.getProperty("dyadlab.home");
        if (home != null) {
            return Path.of(home, "cases", "pak-usa");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("cases/pak-usa/case.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate.getParent();
            }
        }
        return null;
    }

    /** ../shared/data beside the installation (or the working directory), if it exists. */
    static Path defaultSharedData() {
        String home = System.getProperty("dyadlab.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate.resolve("gdelt-spark-gdelt"))) {
                return candidate;
            }
            if (home != null) {
                break;
            }
        }
        return null;
    }
}
