package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.casestudy.CaseDefinition;
import org.dyadlab.casestudy.CaseFolders;
import org.dyadlab.casestudy.CaseIndicators;
import org.dyadlab.casestudy.CaseParts;
import org.dyadlab.casestudy.CaseProblem;
import org.dyadlab.casestudy.CaseValidator;
import org.dyadlab.corpus.ingest.BibEntry;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.indicator.IndicatorObservation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab case ...}: case folders. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Work with a case folder (case.yaml, chronology.csv, sources.bib, indicators.csv, fatf-status.csv).",
        subcommands = {CaseCommand.Validate.class, CaseCommand.Indicators.class, CaseCommand.Bib.class},
        footer = {"", "Examples:", "  dyadlab case validate cases/pak-usa",
            "  dyadlab case indicators cases/pak-usa --check", "  dyadlab case bib cases/pak-usa --format csl-json"})
final class CaseCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static CaseDefinition read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UsageException("no such case folder: " + folder);
        }
        return CaseFolders.read(folder);
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a case folder: chronology dates and precision, CAMEO codes, actors, themes (every one "
                    + "in the codebook), sources (every key in the bibliography, every entry cited), duplicates, the "
                    + "FATF series, the gazetteer and the declared findings (every reference resolves). Exit 1 when "
                    + "anything is wrong, with file, line and field for each problem.",
            footer = {"", "Example:", "  dyadlab case validate cases/pak-usa"})
    static final class Validate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "CASE", description = "The case folder.")
        Path folder;

        @Override
        public Integer call() {
            CaseDefinition c = read(folder);
            CaseValidator.Report r = new CaseValidator(CameoOntology.standard()).validate(c);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d chronology events, %d sources, %d FATF rows, %d gazetteer entries, %d findings%n",
                    c.folder(), r.events(), r.sources(), r.fatfRows(), r.gazetteerEntries(), r.findings());
            for (CaseProblem p : r.problems()) {
                out.println("  " + p);
            }
            out.println(r.ok() ? "OK" : r.problems().size() + " problems");
            return r.ok() ? 0 : 1;
        }
    }

    @Command(name = "indicators", mixinStandardHelpOptions = true,
            description = {"Derive the case's yearly figures (US aid by fiscal year, US goods trade, UN voting "
                    + "agreement) from the public files with dyadlab's importers and write them to the case's "
                    + "indicators.csv; with --check, compare instead and exit 1 on any difference."},
            footer = {"", "Examples:", "  dyadlab case indicators cases/pak-usa --data ../shared/data",
                "  dyadlab case indicators cases/pak-usa --check"})
    static final class Indicators implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "CASE", description = "The case folder.")
        Path folder;

        @Option(names = "--data", paramLabel = "DIR", description = "The shared data folder (default: ../shared/data "
                + "beside the dyadlab installation).")
        Path data;

        @Option(names = "--check", description = "Compare the file with the data instead of writing it.")
        boolean check;

        @Override
        public Integer call() throws Exception {
            CaseDefinition c = read(folder);
            Path dataDir = data != null ? data : DemoCommand.defaultSharedData();
            if (dataDir == null || !Files.isDirectory(dataDir)) {
                throw new UsageException("no data folder: give --data DIR");
            }
            List<IndicatorObservation> derived = CaseIndicators.derive(c, dataDir, CameoOntology.standard());
            Path file = c.file(c.indicators());
            PrintWriter out = spec.commandLine().getOut();
            if (check) {
                List<IndicatorObservation> stored = Files.exists(file) ? CaseIndicators.read(file) : List.of();
                if (stored.equals(derived)) {
                    out.printf("%s agrees with the data: %d values%n", file, derived.size());
                    return 0;
                }
                out.printf("%s differs from the data: %d values in the file, %d derived%n", file, stored.size(),
                        derived.size());
                return 1;
            }
            CaseIndicators.write(derived, file);
            out.printf("wrote %d values to %s%n", derived.size(), file);
            return 0;
        }
    }

    @Command(name = "bib", mixinStandardHelpOptions = true,
            description = "Export the case's bibliography as BibTeX or CSL-JSON (for Zotero, pandoc, citeproc).",
            footer = {"", "Example:", "  dyadlab case bib cases/pak-usa --format csl-json > sources.json"})
    static final class Bib implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "CASE", description = "The case folder.")
        Path folder;

        @Option(names = "--format", defaultValue = "bibtex", description = "bibtex or csl-json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() throws Exception {
            CaseDefinition c = read(folder);
            List<BibEntry> entries = CaseParts.bibliography(c).entries();
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case "bibtex" -> entries.forEach(e -> out.println(BibFormats.bibtex(e)));
                case "csl-json" -> out.println(new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(
                                entries.stream().map(BibFormats::csl).toList()));
                default -> throw new UsageException("--format must be bibtex or csl-json");
            }
            return 0;
        }
    }


}
