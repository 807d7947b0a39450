package org.dyadlab.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.eval.SuiteFile;
import org.dyadlab.coder.eval.SuiteReader;
import org.dyadlab.coder.eval.SuiteReport;
import org.dyadlab.coder.eval.SuiteRunner;
import org.dyadlab.coder.input.ParsedSentenceReader;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.textcoder.DocumentCoding;
import org.dyadlab.textcoder.Republications;
import org.dyadlab.textcoder.TextCoder;
import org.dyadlab.textcoder.TextCodingOptions;
import org.dyadlab.textcoder.TextCodingRun;
import org.dyadlab.textcoder.TextEventConverter;
import org.dyadlab.textcoder.eval.Agreement;
import org.dyadlab.textcoder.eval.RawTextSuite;
import org.dyadlab.textcoder.nlp.EnglishModels;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.DocumentReaders;
import org.dyadlab.textcoder.text.TextDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The text front end: load time (Phoenix dictionaries, OpenNLP models), accuracy (the PETRARCH unit-test suite
 * from raw text beside the parse-tree path; agreement with the parse-tree path on the GigaWord sample's text), and
 * speed end to end (every UN General Debate speech of the five countries: cleaning, sentences, tagging, chunking,
 * parsing, dates, coding, conversion) on all cores, with the peak heap. Asserts nothing.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Benchmark the text front end: load time, raw-text suite, GigaWord agreement, sentences/s.",
        footer = {"", "Example:", "  ./dyadlab bench text", "  ./dyadlab bench text --repeat 3"})
final class TextBench implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data folder (default: ../shared/data beside dyadlab).")
    Path data;

    @Option(names = "--repeat", defaultValue = "2",
            description = "Timed passes over the speeches after one warm-up pass (default ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path shared = data != null ? data : CoderBench.defaultData().getParent();
        Path petrarch = shared.resolve("petrarch2");
        out.printf("machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        long heap0 = Measure.usedHeapAfterGc();
        long t0 = System.nanoTime();
        EnglishModels models = EnglishModels.load();
        double modelSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        Dictionaries d = DictionaryFiles.in(petrarch.resolve("dictionaries")).load(false);
        EventCoder coder = new EventCoder(d);
        double dictSeconds = (System.nanoTime() - t1) / 1e9;
        out.printf("load: OpenNLP models %.2f s, Phoenix dictionaries %.2f s, together %.0f MB of heap%n",
                modelSeconds, dictSeconds, (Measure.usedHeapAfterGc() - heap0) / 1e6);

        suite(out, petrarch, models);
        List<ParsedSentence> sample = new ArrayList<>();
        ParsedSentenceReader.read(petrarch.resolve("text/GigaWord.sample.PETR.xml"), sample::add);
        Agreement a = Agreement.of(sample, coder, models);
        out.printf("GigaWord sample (%d sentences, Phoenix dictionaries): parse-tree path %d events, text %d; "
                        + "%d in both (%.0f%% of the tree path's, %.0f%% of the text's); %d sentences coded alike%n",
                a.sentences(), a.treeEvents(), a.textEvents(), a.matched(), 100 * a.recall(), 100 * a.precision(),
                a.sameSentences());

        List<TextDocument> speeches = new ArrayList<>();
        DocumentReaders.unDebates(shared.resolve("un-general-debate-corpus"), List.of("PAK", "USA", "IND", "CHN",
                "AFG"), 1900, 2100, in -> {
                    if (in.document() != null) {
                        speeches.add(in.document());
                    }
                });
        TextCoder text = new TextCoder(coder, models, TextCodingOptions.defaults());
        TextEventConverter converter = new TextEventConverter(CameoOntology.standard(), "bench");
        Measure.resetPeakHeap();
        for (int pass = 0; pass <= repeat; pass++) {
            long sentences = 0;
            long[] events = new long[1];
            TextCodingRun run = new TextCodingRun(text, converter, new Republications(7), new HashSet<>(),
                    new TextCodingRun.Sink() {
                        @Override
                        public void document(TextDocument doc, DocumentCoding c,
                                             List<TextEventConverter.Conversion> e, String republishedOf) {
                            events[0] += e.size();
                        }

                        @Override
                        public void commit() {
                            // nothing to keep
                        }
                    }, 50);
            long t = System.nanoTime();
            speeches.forEach(s -> run.accept(DocumentInput.of(s, s.id())));
            TextCodingRun.Summary sum = run.finish();
            double seconds = (System.nanoTime() - t) / 1e9;
            sentences = sum.sentences();
            out.printf("%s: %,d speeches, %,d sentences, %,d events in %.1f s: %,.0f sentences/s%n",
                    pass == 0 ? "warm-up" : "run " + pass, sum.coded(), sentences, events[0], seconds,
                    sentences / seconds);
        }
        out.printf("peak Java heap while coding: %.0f MB (max heap %d MB)%n", Measure.peakHeap() / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    private static void suite(PrintWriter out, Path petrarch, EnglishModels models) {
        Path file = petrarch.resolve("validation/PETR.UnitTest.records.xml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        SuiteFile suite = SuiteReader.read(file);
        Path dir = file.getParent();
        Dictionaries v = new DictionaryFiles(dir.resolve(suite.verbFile()), List.of(dir.resolve(suite.actorFile())),
                dir.resolve(suite.agentFile()), dir.resolve(suite.discardFile()), null).load(false);
        SuiteRunner runner = new SuiteRunner(new EventCoder(v));
        SuiteReport trees = runner.run(suite, CodingOptions.defaults());
        long t = System.nanoTime();
        SuiteReport text = runner.run(RawTextSuite.of(suite, models), CodingOptions.defaults());
        out.printf("PETRARCH unit-test suite: parse trees %d/%d records (%.1f%%), raw text %d/%d (%.1f%%) "
                        + "[%.1f s]%n", trees.passed(), trees.records(), 100.0 * trees.passed() / trees.records(),
                text.passed(), text.records(), 100.0 * text.passed() / text.records(), (System.nanoTime() - t) / 1e9);
    }
}
