package org.dyadlab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.corpus.Document;
import org.dyadlab.model.corpus.DocumentVersion;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.event.DatePrecision;
import org.dyadlab.store.EventStore;
import org.dyadlab.textcoder.DocumentCoding;
import org.dyadlab.textcoder.Republications;
import org.dyadlab.textcoder.TextCoder;
import org.dyadlab.textcoder.TextCodingOptions;
import org.dyadlab.textcoder.TextCodingRun;
import org.dyadlab.textcoder.TextEvent;
import org.dyadlab.textcoder.TextEventConverter;
import org.dyadlab.textcoder.TextProblem;
import org.dyadlab.textcoder.TextStoreSink;
import org.dyadlab.textcoder.actors.ActorOverrides;
import org.dyadlab.textcoder.nlp.EnglishModels;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.DocumentKind;
import org.dyadlab.textcoder.text.DocumentReadOptions;
import org.dyadlab.textcoder.text.DocumentReaders;
import org.dyadlab.textcoder.text.TextDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab code text}: codes documents (plain text, JSON lines, posts, speeches, the store's) into events. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Code documents into CAMEO events: sentences, tokens, parts of speech and chunks (OpenNLP), a "
                + "shallow parse, relative dates, then the PETRARCH-style coder with the Phoenix dictionaries.",
            "Inputs: plain text files (--date), JSON lines ({id, date, text, url, speaker}), tweets (Trump Twitter "
                    + "Archive JSON), un-debates (the UN General Debate corpus folder), or --from-store (the "
                    + "workspace's documents). With --store the events go into the workspace, committed a batch "
                    + "at a time with a record of each coded document: an interrupted run started again codes "
                    + "nothing twice. A story re-published within --window days is coded once."},
        footer = {"", "Examples:",
            "  dyadlab code text story.txt --date 2018-01-02 > events.csv",
            "  dyadlab code text stories.jsonl --actors cases/pak-usa/actors.yaml --store -w pak-usa",
            "  dyadlab code text ../shared/data/trump-tweets/condensed_2017.json --input tweets \\",
            "      --origin statements --store -w pak-usa",
            "  dyadlab code text ../shared/data/un-general-debate-corpus --input un-debates \\",
            "      --years 2013-2024 --origin statements --store -w pak-usa"})
final class CodeTextCommand implements Callable<Integer> {
    enum Input { auto, text, jsonl, tweets, un_debates }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files (or the UN corpus folder) to code.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND",
            description = "auto (by extension: .jsonl, .json = tweets, a folder = un-debates, else text), text, "
                    + "jsonl, tweets, un_debates.")
    Input input;

    @Option(names = "--from-store", description = "Code the workspace's documents (their current versions).")
    boolean fromStore;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of plain-text documents.")
    LocalDate date;

    @Option(names = "--speaker", paramLabel = "PHRASE",
            description = "For plain text: who speaks in the first person (\"Pakistan\"), read as a statement.")
    String speaker;

    @Option(names = "--countries", split = ",", paramLabel = "ISO3", defaultValue = "PAK,USA,IND,CHN,AFG",
            description = "un_debates: the countries (default: ${DEFAULT-VALUE}).")
    List<String> countries;

    @Option(names = "--years", paramLabel = "FROM-TO", defaultValue = "2013-2024",
            description = "un_debates: the years (default: ${DEFAULT-VALUE}).")
    String years;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "The Phoenix dictionary folder (default: $DYADLAB_DICTIONARIES, else "
                    + "../shared/data/petrarch2/dictionaries beside dyadlab).")
    Path dictionaries;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your own actor entries (YAML, or PETRARCH actor format), taking precedence.")
    Path actors;

    @Option(names = "--origin", defaultValue = "coder-text", paramLabel = "NAME",
            description = "The events' origin in the store (default: ${DEFAULT-VALUE}; e.g. statements).")
    String origin;

    @Option(names = "--window", defaultValue = "7", paramLabel = "DAYS",
            description = "Copies of a text dated this many days apart are one story (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--store", description = "Load the events into the workspace store (resumable).")
    boolean store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the events to this file.")
    Path output;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", description = "csv (default) or jsonl.")
    String format;

    @Option(names = "--batch", defaultValue = "200", paramLabel = "N", description = "Documents per commit.")
    int batch;

    @Option(names = {"-q", "--quiet"}, description = "No progress display.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty() && !fromStore) {
            throw new UsageException("name files to code, or --from-store");
        }
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new UsageException("no such file: " + f);
            }
        }
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new UsageException("--format must be csv or jsonl");
        }
        if (window < 0 || batch < 1) {
            throw new UsageException("--window must be 0 or more and --batch at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Dictionaries d = DictionaryFiles.in(CodeParsedCommand.dictionaryFolder(dictionaries)).load(false);
        if (actors != null) {
            if (!Files.isRegularFile(actors)) {
                throw new UsageException("--actors " + actors + " is not a file");
            }
            ActorOverrides o = ActorOverrides.read(actors);
            o.problems().forEach(p -> err.println("  actor file: " + p.message()));
            d = o.applyTo(d);
        }
        EnglishModels models = EnglishModels.load();
        err.printf("dictionaries and models loaded (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        TextCoder coder = new TextCoder(new EventCoder(d), models, TextCodingOptions.defaults());
        TextEventConverter converter = new TextEventConverter(CameoOntology.standard(), origin);
        try (EventWriter writer = new EventWriter(output == null ? null : output, spec.commandLine().getOut(),
                format.equals("jsonl"))) {
            if (store) {
                try (EventStore s = workspace.open()) {
                    run(s, coder, converter, writer, err);
                }
            } else {
                run(null, coder, converter, writer, err);
            }
        }
        return 0;
    }

    private void run(EventStore s, TextCoder coder, TextEventConverter converter, EventWriter writer, PrintWriter err) {
        Republications republications = new Republications(window);
        TextStoreSink stored = s == null ? null : new TextStoreSink(s, origin);
        Set<String> done = stored == null ? new HashSet<>() : stored.alreadyCoded(republications);
        List<DocumentInput> inputs = new ArrayList<>();
        Consumer<DocumentInput> collect = inputs::add;
        if (fromStore) {
            if (s == null) {
                throw new UsageException("--from-store needs --store (the documents are the workspace's)");
            }
            s.corpus().forEachCurrent((doc, v) -> collect.accept(DocumentInput.of(fromCorpus(doc, v), doc.id())));
        }
        for (Path f : files) {
            read(f, collect);
        }
        try (stored; ProgressDisplay progress = new ProgressDisplay("coding", err, quiet, " documents", 1)) {
            TextCodingRun run = new TextCodingRun(coder, converter, republications, done,
                    new WriterSink(writer, stored), batch)
                    .onProgress((n, total, events) -> progress.progress(n, total, events), inputs.size());
            long t0 = System.nanoTime();
            inputs.forEach(run::accept);
            TextCodingRun.Summary r = run.finish();
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.close();
            err.printf("read %,d documents: coded %,d (%,d sentences, %.0f sentences/s), already coded %,d, "
                            + "re-published %,d, skipped %,d; %,d events (%,d sentences' events dropped as "
                            + "re-published)%n", r.read(), r.coded(), r.sentences(), r.sentences() / Math.max(seconds, 1e-9),
                    r.resumed(), r.republished(), r.skipped(), r.events(), r.republishedSentences());
            List<TextProblem> skipped = r.problems().stream().filter(TextProblem::skipped).toList();
            skipped.stream().limit(20).forEach(p -> err.println("  skipped " + p.message()));
            if (skipped.size() > 20) {
                err.printf("  ... and %,d more skipped%n", skipped.size() - 20);
            }
            long notes = r.problems().size() - skipped.size();
            if (notes > 0) {
                err.printf("  %,d documents had markup or entities removed%n", notes);
            }
            r.unconvertible().forEach((reason, n) -> err.printf("  %,d events not stored: %s%n", n, reason));
            if (stored != null) {
                err.printf("stored: %,d new events (origin %s)%n", stored.imported(), origin);
            }
        }
    }

    private void read(Path f, Consumer<DocumentInput> out) {
        try {
            DocumentReaders.read(f, readOptions(), out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private DocumentReadOptions readOptions() {
        int[] y;
        try {
            y = DocumentReadOptions.years(years);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--years must be FROM-TO, e.g. 2013-2024");
        }
        return DocumentReadOptions.builder().kind(DocumentKind.valueOf(input.name().toUpperCase(java.util.Locale.ROOT)))
                .date(date).speaker(speaker).countries(countries).years(y[0], y[1]).build();
    }

    /** A stored document: statements and speeches with a side are read as that country's statements. */
    private static TextDocument fromCorpus(Document doc, DocumentVersion v) {
        LocalDate d = doc.metadata().date() != null ? doc.metadata().date()
                : v.ingestedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        boolean statement = doc.kind() == SourceKind.OFFICIAL_STATEMENT || doc.kind() == SourceKind.SPEECH
                || doc.kind() == SourceKind.SOCIAL_POST;
        String speaker = statement && doc.side() != null ? DocumentReaders.countryPhrase(doc.side().code()) : null;
        return new TextDocument(doc.id(), d, DatePrecision.DAY, v.text(), doc.metadata().url(), speaker,
                v.version());
    }

    /** Writes each document's events to the output, then hands them to the store's sink (with --store). */
    private record WriterSink(EventWriter writer, TextStoreSink store) implements TextCodingRun.Sink {
        @Override
        public void document(TextDocument document, DocumentCoding coding,
                             List<TextEventConverter.Conversion> events, String republishedOf) {
            for (TextEventConverter.Conversion c : events) {
                writer.write(c);
            }
            if (store != null) {
                store.document(document, coding, events, republishedOf);
            }
        }

        @Override
        public void commit() {
            writer.flush();
            if (store != null) {
                store.commit();
            }
        }
    }

    /** Text events as CSV or JSON lines, with their provenance. */
    private static final class EventWriter implements AutoCloseable {
        private static final String[] COLUMNS = {"event_id", "document_id", "sentence", "date", "date_precision",
            "date_expression", "source", "target", "code", "source_text", "target_text", "verb_text", "rule",
            "spans", "note", "sentence_hash", "url"};
        private final java.io.Writer out;
        private final boolean jsonl;
        private final CSVPrinter csv;
        private final ObjectMapper json = new ObjectMapper();

        EventWriter(Path file, PrintWriter stdout, boolean jsonl) throws IOException {
            // an OutputStreamWriter replaces what UTF-8 cannot encode (a lone surrogate from a split emoji)
            this.out = file == null ? stdout : new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                    Files.newOutputStream(file), java.nio.charset.StandardCharsets.UTF_8));
            this.jsonl = jsonl;
            this.csv = jsonl ? null : new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get());
        }

        void write(TextEventConverter.Conversion c) {
            TextEvent e = c.text();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("event_id", c.event() == null ? "" : c.event().id());
            row.put("document_id", e.documentId());
            row.put("sentence", e.sentenceIndex());
            row.put("date", e.date().date().toString());
            row.put("date_precision", e.date().precision().key());
            row.put("date_expression", e.date().expression());
            row.put("source", e.triple().source());
            row.put("target", e.triple().target());
            row.put("code", e.triple().code());
            row.put("source_text", e.coded().evidence().sourceText());
            row.put("target_text", e.coded().evidence().targetText());
            row.put("verb_text", e.coded().evidence().verbText());
            row.put("rule", e.coded().evidence().rule().strip().replaceAll("\\s+", " "));
            row.put("spans", e.spans().stream().map(Object::toString).reduce((a, b) -> a + " " + b).orElse(""));
            row.put("note", e.note());
            row.put("sentence_hash", e.sentenceHash());
            row.put("url", e.url() == null ? "" : e.url());
            try {
                if (jsonl) {
                    out.write(json.writeValueAsString(row));
                    out.write('\n');
                } else {
                    csv.printRecord(row.values());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write events: " + ex.getMessage(), ex);
            }
        }

        void flush() {
            try {
                out.flush();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write events: " + ex.getMessage(), ex);
            }
        }

        @Override
        public void close() throws IOException {
            out.flush();
            if (!(out instanceof PrintWriter)) {
                out.close();
            }
        }
    }
}
