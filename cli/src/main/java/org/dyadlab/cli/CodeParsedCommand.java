package org.dyadlab.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.coder.CodedEvent;
import org.dyadlab.coder.CodedEventConverter;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.SentenceCoding;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.input.InputProblem;
import org.dyadlab.coder.input.ParsedSentenceReader;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadResult;
import org.dyadlab.store.LoadSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab code parsed}: codes a PETRARCH-format file of parsed sentences into events. */
@Command(name = "parsed", mixinStandardHelpOptions = true,
        description = {"Code the parsed sentences of a PETRARCH input file (<Sentence date id><Text/><Parse/>) into "
                + "CAMEO events with PETRARCH-format dictionaries, and write them with the evidence for each: the "
                + "source and target phrases, the verb and the dictionary rule.",
            "Events go to standard output (or --output) as CSV, JSON or JSON lines; with --store they are also loaded "
                    + "into the workspace (events whose code is not CAMEO are counted and listed, not stored). A "
                    + "summary goes to standard error."},
        footer = {"", "Examples:",
            "  dyadlab code parsed GigaWord.sample.PETR.xml > events.csv",
            "  dyadlab code parsed stories.xml --dictionaries DICT --format json",
            "  dyadlab code parsed stories.xml --store -w pak-usa -o events.jsonl \\",
            "      --format jsonl"})
final class CodeParsedCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "FILE", description = "The PETRARCH XML file of parsed sentences.")
    Path file;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of the Phoenix set (CAMEO.2.0.txt, Phoenix.*.txt) or the PETR.Validate set "
                    + "(default: $DYADLAB_DICTIONARIES, else ../shared/data/petrarch2/dictionaries beside dyadlab).")
    Path dictionaries;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (default), json (an array) or jsonl (one object per line).")
    CodedEventWriter.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the events to this file.")
    Path output;

    @Option(names = "--store", description = "Also load the events into the workspace store.")
    boolean store;

    @Option(names = "--strict-dictionaries",
            description = "Refuse dictionaries holding entries that cannot be read (default: skip and list them).")
    boolean strictDictionaries;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        Path dir = dictionaryFolder(dictionaries);
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Dictionaries d = DictionaryFiles.in(dir).load(strictDictionaries);
        err.printf("dictionaries: %s (%.1f s)%n", d.summary(), (System.nanoTime() - t0) / 1e9);
        if (!d.problems().isEmpty()) {
            err.printf("  %d dictionary entries could not be read and were skipped; first: %s%n", d.problems().size(),
                    d.problems().get(0).message());
        }
        Run run = new Run(new EventCoder(d), new CodedEventConverter(CameoOntology.standard()));
        try (Writer w = output == null ? new NonClosingWriter(spec.commandLine().getOut())
                : new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
             CodedEventWriter events = new CodedEventWriter(w, format)) {
            run.writer = events;
            if (store) {
                try (EventStore s = workspace.open();
                     EventLoad load = s.beginLoad(new LoadSource(file.toAbsolutePath().toString(), "petrarch-parsed",
                             Files.size(file), Files.getLastModifiedTime(file).toInstant()))) {
                    run.load = load;
                    ParsedSentenceReader.ReadSummary read = run.codeFile(file);
                    LoadResult result = load.commit(run.coded, run.unconvertible, null);
                    summarise(err, run, read);
                    err.printf("stored: imported %,d, duplicates %,d (same id %,d, same content %,d)%n",
                            result.imported(), result.duplicates(), result.duplicateIds(), result.duplicateContent());
                }
            } else {
                summarise(err, run, run.codeFile(file));
            }
        }
        return 0;
    }

    /** The dictionary folder named, else $DYADLAB_DICTIONARIES, else ../shared/data beside dyadlab. */
    static Path dictionaryFolder(Path dictionaries) {
        if (dictionaries != null) {
            if (!Files.isDirectory(dictionaries)) {
                throw new UsageException("--dictionaries " + dictionaries + " is not a folder");
            }
            return dictionaries;
        }
        String env = System.getenv("DYADLAB_DICTIONARIES");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("dyadlab.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        Path candidate = base.resolve("../shared/data/petrarch2/dictionaries").normalize();
        if (!Files.isDirectory(candidate)) {
            throw new UsageException("no dictionaries given: name a folder with --dictionaries DIR");
        }
        return candidate;
    }

    private static void summarise(PrintWriter err, Run run, ParsedSentenceReader.ReadSummary read) {
        err.printf("coded %,d events from %,d sentences (%,d without events, %,d discarded, %,d not codable)%n",
                run.coded, read.sentences(), run.empty, run.discarded, run.notCodable);
        for (InputProblem p : read.problems()) {
            err.println("  skipped " + p.message());
        }
        if (run.unconvertible > 0) {
            err.printf("%,d events have a code outside CAMEO and cannot become stored events:%n", run.unconvertible);
            run.reasons.forEach((reason, n) -> err.printf("  %,d x %s%n", n, reason));
        }
    }

    /** The state of one coding run: stories are coded as their last sentence is read. */
    private static final class Run {
        final EventCoder coder;
        final CodedEventConverter converter;
        CodedEventWriter writer;
        EventLoad load;
        final List<ParsedSentence> story = new ArrayList<>();
        final Map<String, Integer> reasons = new LinkedHashMap<>();
        long coded;
        long unconvertible;
        long empty;
        long discarded;
        long notCodable;

        Run(EventCoder coder, CodedEventConverter converter) {
            this.coder = coder;
            this.converter = converter;
        }

        ParsedSentenceReader.ReadSummary codeFile(Path file) {
            ParsedSentenceReader.ReadSummary read = ParsedSentenceReader.read(file, s -> {
                if (!story.isEmpty() && !story.get(0).storyId().equals(s.storyId())) {
                    flush();
                }
                story.add(s);
            });
            flush();
            return read;
        }

        private void flush() {
            for (SentenceCoding c : coder.codeStory(story, CodingOptions.defaults())) {
                switch (c.outcome()) {
                    case SENTENCE_DISCARD, STORY_DISCARD -> discarded++;
                    case BAD_PARSE, DATELINE -> notCodable++;
                    default -> empty += c.events().isEmpty() ? 1 : 0;
                }
                for (CodedEvent e : c.events()) {
                    CodedEventConverter.Conversion conv = converter.convert(e);
                    try {
                        writer.write(e, conv.event() == null ? null : conv.event().id());
                    } catch (IOException ex) {
                        throw new UncheckedIOException("cannot write events: " + ex.getMessage(), ex);
                    }
                    coded++;
                    if (conv.event() == null) {
                        unconvertible++;
                        reasons.merge(conv.reason(), 1, Integer::sum);
                    } else if (load != null) {
                        load.add(conv.event(), coded);
                    }
                }
            }
            story.clear();
        }
    }

    /** Lets the command close its writer without closing picocli's standard output. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(PrintWriter out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
