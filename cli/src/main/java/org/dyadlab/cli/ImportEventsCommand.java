package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.events.EventFormat;
import org.dyadlab.events.EventImporter;
import org.dyadlab.events.EventReader;
import org.dyadlab.events.EventReaders;
import org.dyadlab.events.ImportOptions;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.Reject;
import org.dyadlab.events.dyadlab.DyadlabEventReader;
import org.dyadlab.events.dyadlab.DyadlabReadOptions;
import org.dyadlab.events.icews.Icews18ReadOptions;
import org.dyadlab.events.icews.Icews18Reader;
import org.dyadlab.events.icews.IcewsReadOptions;
import org.dyadlab.events.icews.IcewsReader;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab import events}: imports event files, one atomic load per file. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Import event files (GDELT 1.0/2.0, ICEWS, ICEWS18, Phoenix, dyadlab CSV/Parquet) into the workspace.",
            "Each file is imported atomically: bad records are skipped and listed in a rejects CSV, duplicates are "
                    + "counted and not stored twice; re-running an import adds nothing twice."},
        footer = {"", "Examples:",
            "  dyadlab import events --format gdelt2 20180104.export.CSV.zip 20180105.export.CSV.zip",
            "  dyadlab import events --format icews events.2018.20190409.tab --json",
            "  dyadlab import events --format icews18 ../shared/data/icews18-renet/valid.txt --strict",
            "  dyadlab import events --format phoenix events.full.20170101.txt.zip"})
final class ImportEventsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            converter = Converters.FormatConverter.class,
            description = "gdelt1, gdelt2, icews, icews18, phoenix or dyadlab.")
    EventFormat format;

    @Option(names = "--strict", description = "Treat any rejected record as fatal: the file is not imported.")
    boolean strict;

    @Option(names = "--json", description = "Print the summary as JSON (one object per file) instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Option(names = "--persons", paramLabel = "CSV",
            description = "ICEWS/ICEWS18: extra people without a country tag (columns name,country,agent,from,to,source).")
    Path persons;

    @Option(names = "--entities", paramLabel = "FILE", description = "ICEWS18: entity2id.txt if not beside the file.")
    Path entities;

    @Option(names = "--relations", paramLabel = "FILE", description = "ICEWS18: relation2id.txt if not beside the file.")
    Path relations;

    @Option(names = "--recompute-derived",
            description = "dyadlab format: derive event_root, quad_class and goldstein from event_code instead of "
                    + "rejecting rows where they disagree (for tables edited elsewhere).")
    boolean recomputeDerived;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import (plain, .zip or .gz); with "
            + "--format dyadlab also a folder of Parquet files (the Spark import's output).")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        EventFormat fmt = format;
        if (fmt == EventFormat.DYADLAB) {
            files = withParquetFolders(files);
        }
        List<Path> missing = files.stream().filter(f -> !java.nio.file.Files.isRegularFile(f)).toList();
        if (!missing.isEmpty()) {
            throw new UsageException("no such file: " + missing.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + " (nothing was imported)");
        }
        CameoOntology ontology = CameoOntology.standard();
        EventReader reader = reader(fmt, ontology);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportSummary> summaries = new ArrayList<>();
        try (EventStore store = workspace.open()) {
            EventImporter importer = new EventImporter(store);
            ImportOptions options = ImportOptions.builder(store.workspace().rejectsDir()).strict(strict).build();
            for (Path file : files) {
                ImportSummary s;
                try (ProgressDisplay progress = new ProgressDisplay(file.getFileName().toString(), err, quiet || json)) {
                    s = importer.importFile(file, fmt, reader, options, progress);
                }
                summaries.add(s);
                if (!json) {
                    printText(out, s);
                }
            }
            DateOrder.restore(store, err, quiet);
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summaries.stream().map(ImportEventsCommand::toJson).toList()));
        } else if (summaries.size() > 1) {
            out.printf("total: read %,d, imported %,d, duplicates %,d, rejected %,d%n",
                    summaries.stream().mapToLong(ImportSummary::read).sum(),
                    summaries.stream().mapToLong(ImportSummary::imported).sum(),
                    summaries.stream().mapToLong(ImportSummary::duplicates).sum(),
                    summaries.stream().mapToLong(ImportSummary::rejected).sum());
        }
        return 0;
    }

    /** A folder (the Spark import's output, partitioned year=/month=) stands for its Parquet files, in name order. */
    private static List<Path> withParquetFolders(List<Path> paths) throws java.io.IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!java.nio.file.Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (var walk = java.nio.file.Files.walk(p)) {
                List<Path> parts = walk.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
                if (parts.isEmpty()) {
                    throw new UsageException(p + " holds no .parquet files");
                }
                out.addAll(parts);
            }
        }
        return out;
    }

    private EventReader reader(EventFormat fmt, CameoOntology ontology) {
        if (fmt == EventFormat.ICEWS18) {
            return new Icews18Reader(Icews18ReadOptions.builder().entitiesFile(entities).relationsFile(relations)
                    .personsFile(persons).build(), ontology);
        }
        if (entities != null || relations != null) {
            throw new UsageException("--entities and --relations apply to --format icews18 only");
        }
        if (fmt == EventFormat.ICEWS) {
            return new IcewsReader(IcewsReadOptions.builder().personsFile(persons).build(), ontology);
        }
        if (persons != null) {
            throw new UsageException("--persons applies to --format icews and icews18 only");
        }
        if (fmt == EventFormat.DYADLAB) {
            return new DyadlabEventReader(DyadlabReadOptions.builder().recomputeDerived(recomputeDerived).build(),
                    ontology);
        }
        if (recomputeDerived) {
            throw new UsageException("--recompute-derived applies to --format dyadlab only");
        }
        return new EventReaders(ontology).forFormat(fmt);
    }

    static void printText(PrintWriter out, ImportSummary s) {
        out.printf("%s (%s): read %,d, imported %,d, duplicates %,d (same id %,d, same content %,d), rejected %,d  [%s]%n",
                s.file(), s.format(), s.read(), s.imported(), s.duplicates(), s.duplicateIds(), s.duplicateContent(),
                s.rejected(), ProgressDisplay.seconds(s.elapsed()));
        for (Reject r : s.firstRejects()) {
            out.println("  rejected " + r.message());
        }
        if (s.rejected() > s.firstRejects().size()) {
            out.printf("  … and %,d more%n", s.rejected() - s.firstRejects().size());
        }
        if (s.rejectsFile() != null) {
            out.println("  every reject is listed in " + s.rejectsFile());
        }
    }

    static Map<String, Object> toJson(ImportSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file());
        m.put("format", s.format());
        m.put("read", s.read());
        m.put("imported", s.imported());
        m.put("duplicates", s.duplicates());
        m.put("duplicate_ids", s.duplicateIds());
        m.put("duplicate_content", s.duplicateContent());
        m.put("rejected", s.rejected());
        m.put("rejects_file", s.rejectsFile());
        m.put("seconds", s.elapsed().toMillis() / 1000.0);
        List<Map<String, Object>> rejects = new ArrayList<>();
        for (Reject r : s.firstRejects()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("line", r.line());
            rm.put("field", r.field());
            rm.put("reason", r.reason());
            rejects.add(rm);
        }
        m.put("first_rejects", rejects);
        return m;
    }
}
