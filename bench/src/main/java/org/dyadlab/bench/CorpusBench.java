package org.dyadlab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyadlab.corpus.codebook.CodebookYaml;
import org.dyadlab.corpus.coding.RuleCoder;
import org.dyadlab.corpus.coding.RuleCoding;
import org.dyadlab.corpus.coding.RuleCodingReport;
import org.dyadlab.corpus.ingest.DocumentIngester;
import org.dyadlab.corpus.ingest.IngestOptions;
import org.dyadlab.corpus.ingest.IngestReport;
import org.dyadlab.corpus.search.CorpusIndex;
import org.dyadlab.corpus.search.SearchQuery;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Ingests and indexes every UN General Debate speech into a fresh workspace, then rule-codes them all with the
 * Pakistan–US codebook, and prints documents per second for each step (median of --repeat runs).
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Benchmark the corpus: ingest + index, and rule coding, of the 375 UN General Debate speeches.",
        footer = {"", "Example:", "  ./dyadlab bench corpus --repeat 3"})
final class CorpusBench implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--speeches", paramLabel = "DIR", description = "Folder of speeches (default: "
            + "../shared/data/un-general-debate-corpus/speeches beside the dyadlab folder).")
    Path speeches;

    @Option(names = "--dir", defaultValue = "bench/target/bench-corpus", description = "Working folder (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--repeat", defaultValue = "1", description = "Runs; the median is reported (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", description = "Also print the figures as JSON.")
    boolean json;

    @Option(names = "--html", description = "Ingest each speech wrapped as an HTML page (made in --dir), so the "
            + "figures include Tika's parsing instead of the plain-text reader.")
    boolean html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(source())) {
            spec.commandLine().getErr().println("dyadlab bench: no speeches at " + source() + " (use --speeches DIR)");
            return 2;
        }
        long files;
        long bytes;
        Path source = this.source();
        try (Stream<Path> s = Files.list(source)) {
            List<Path> all = s.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = 0;
            for (Path p : all) {
                bytes += Files.size(p);
            }
        }
        out.printf("speeches: %s (%d files, %.1f MB); %d cores, max heap %d MB, Java %s%n", source, files, bytes / 1e6,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        if (html) {
            source = asHtml(source, dir.resolve("html"));
            out.printf("ingesting HTML copies made in %s (parsed by Tika)%n", source);
        }
        double[] ingest = new double[repeat];
        double[] index = new double[repeat];
        double[] code = new double[repeat];
        long passages = 0;
        for (int run = 0; run < repeat; run++) {
            Path ws = dir.resolve("workspace");
            delete(ws);
            try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard());
                 CorpusIndex idx = CorpusIndex.open(ws.resolve("index"))) {
                long t0 = System.nanoTime();
                IngestReport r = new DocumentIngester(store.corpus(), Clock.systemUTC()).ingest(List.of(source),
                        IngestOptions.builder().kind(SourceKind.SPEECH)
                                .namePattern(Pattern.compile("^(?<side>[A-Z]{3})_\\d+_(?<year>\\d{4})")).build(),
                        o -> { });
                long t1 = System.nanoTime();
                idx.update(store.corpus(), store.coding(), r.changedDocuments());
                long t2 = System.nanoTime();
                RuleCodingReport c = new RuleCoding(store.corpus(), store.coding(), Clock.systemUTC())
                        .run(new RuleCoder(CodebookYaml.pakUsa()), Set.of());
                long t3 = System.nanoTime();
                ingest[run] = (t1 - t0) / 1e9;
                index[run] = (t2 - t1) / 1e9;
                code[run] = (t3 - t2) / 1e9;
                passages = c.passages();
                long hits = idx.search(SearchQuery.of("\"safe havens\"")).totalHits();
                out.printf("run %d: ingest %.2f s (%.0f docs/s, %d failed); index %.2f s (%.0f docs/s); "
                        + "ingest+index %.0f docs/s; rule coding %.2f s (%.0f docs/s, %,d passages); "
                        + "'\"safe havens\"' finds %d%n", run + 1, ingest[run], files / ingest[run], r.failures().size(),
                        index[run], files / index[run], files / (ingest[run] + index[run]), code[run],
                        files / code[run], passages, hits);
            }
            delete(ws);
        }
        double mi = Measure.median(ingest);
        double mx = Measure.median(index);
        double mc = Measure.median(code);
        out.printf("median of %d: ingest %.0f docs/s, index %.0f docs/s, ingest+index %.0f docs/s, rule coding "
                + "%.0f docs/s%n", repeat, files / mi, files / mx, files / (mi + mx), files / mc);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("documents", files);
            m.put("bytes", bytes);
            m.put("runs", repeat);
            m.put("format", html ? "html (Tika)" : "txt");
            m.put("ingest_docs_per_second", files / mi);
            m.put("index_docs_per_second", files / mx);
            m.put("ingest_and_index_docs_per_second", files / (mi + mx));
            m.put("rule_coding_docs_per_second", files / mc);
            m.put("passages", passages);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        }
        return 0;
    }

    /** Each speech as a small HTML page, one paragraph per line, text escaped. */
    private static Path asHtml(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> s = Files.list(source)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                        .append(p.getFileName()).append("</title></head><body>\n");
                for (String line : Files.readAllLines(p)) {
                    if (!line.isBlank()) {
                        sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                                .append("</p>\n");
                    }
                }
                sb.append("</body></html>\n");
                String name = p.getFileName().toString().replaceFirst("\\.txt$", ".html");
                Files.writeString(target.resolve(name), sb);
            }
        }
        return target;
    }

    private Path source() {
        return speeches != null ? speeches : Path.of(System.getProperty("dyadlab.home", "."))
                .resolve("../shared/data/un-general-debate-corpus/speeches").normalize();
    }


    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
