package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyadlab.casestudy.ClaimCheckRun;
import org.dyadlab.corpus.ingest.DocumentReadException;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.claim.ClaimCheckReport;
import org.dyadlab.model.claim.ClaimVerdict;
import org.dyadlab.model.claim.Verdict;
import org.dyadlab.report.ClaimReportWriter;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab check-claims FILE}: the factual claims of a manuscript checked against a case's evidence. */
@Command(name = "check-claims", mixinStandardHelpOptions = true,
        description = {"Find the checkable factual claims of a manuscript (PDF, DOCX, Markdown or text) - dates, sums "
                + "of money, named agreements, organisations and offices, who did what to whom, and the citations "
                + "given for them - and check each against the case's evidence: chronology, indicators, gazetteer "
                + "(and a workspace's coded passages and events). Each claim is supported, contradicted (with the "
                + "conflicting evidence) or unverified. Writes an HTML report or JSON; see docs/claims.md."},
        footer = {"", "Examples:", "  dyadlab check-claims draft.docx                 # writes draft.claims.html",
            "  dyadlab check-claims paper.md --format json -o claims.json",
            "  dyadlab check-claims paper.pdf --workspace demo-workspace"})
final class CheckClaimsCommand implements Callable<Integer> {
    enum Format { html, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The manuscript: .md, .txt, .pdf, .docx, .odt…")
    Path file;

    @Mixin
    CaseEvidenceOptions evidence;

    @Option(names = "--format", defaultValue = "html", description = "html or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the report (default: the manuscript's name with .claims.html or .claims.json, "
                    + "in the current folder; '-' for standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        ClaimCheckReport report;
        try (EventStore store = evidence.openWorkspace()) {
            report = new ClaimCheckRun(CameoOntology.standard()).check(file, evidence.caseFolder(), store,
                    LocalDate.now());
        } catch (DocumentReadException e) {
            throw new java.io.IOException(file + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : Path.of(stem(file) + ".claims." + format.name());
        boolean toStdout = target.toString().equals("-");
        String text = format == Format.html ? ClaimReportWriter.render(report) : json(report);
        if (toStdout) {
            out.print(text);
            out.flush();
            return 0;
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(target, text);
        out.printf(Locale.ROOT, "%d claims in %d sentences: %d supported, %d contradicted, %d unverified%n",
                report.verdicts().size(), report.sentences(), report.count(Verdict.SUPPORTED),
                report.count(Verdict.CONTRADICTED), report.count(Verdict.UNVERIFIED));
        for (ClaimVerdict v : report.verdicts()) {
            if (v.verdict() == Verdict.CONTRADICTED) {
                out.printf(Locale.ROOT, "  line %d, %s: %s%n", v.claim().line(), v.claim().text(), v.reason());
            }
        }
        out.println("Wrote " + target);
        return 0;
    }

    static String json(Object value) throws java.io.IOException {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(value) + "\n";
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
