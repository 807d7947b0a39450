package org.dyadlab.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.dictionary.Dictionaries;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.input.ParsedSentenceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Codes the GigaWord sample of ../shared/data/petrarch2, replicated N times with unique ids, in one thread with
 * the Phoenix dictionaries. Prints the dictionary load time and the heap the dictionaries hold, then the coding
 * speed of each run: the first runs warm the JIT compiler and are shown apart; the median of the measured runs is
 * the figure. Asserts nothing.
 */
@Command(name = "coder", mixinStandardHelpOptions = true,
        description = "Benchmark the event coder: dictionary load, then sentences coded per second in one thread.",
        footer = {"", "Example:", "  ./dyadlab bench coder --copies 50 --warmup 5 --repeat 10 --json"})
final class CoderBench implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The petrarch2 data folder (default: ../shared/data/petrarch2 beside dyadlab).")
    Path data;

    @Option(names = "--copies", defaultValue = "50",
            description = "Copies of the 76-sentence sample, ids made unique (default ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--warmup", defaultValue = "20", description = "Warm-up runs, reported apart (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", defaultValue = "10",
            description = "Measured runs; the median is reported (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", description = "Also print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : defaultData();
        Path sample = dir.resolve("text/GigaWord.sample.PETR.xml");
        if (!Files.isRegularFile(sample)) {
            throw new IllegalArgumentException("no GigaWord sample at " + sample + " (give --data)");
        }
        long heapBefore = Measure.usedHeapAfterGc();
        long t0 = System.nanoTime();
        Dictionaries d = DictionaryFiles.in(dir.resolve("dictionaries")).load(false);
        EventCoder coder = new EventCoder(d);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long dictionaryHeap = Measure.usedHeapAfterGc() - heapBefore;

        List<ParsedSentence> base = new ArrayList<>();
        ParsedSentenceReader.read(sample, base::add);
        List<ParsedSentence> sentences = new ArrayList<>(base.size() * copies);
        for (int k = 0; k < copies; k++) {
            for (ParsedSentence s : base) {
                sentences.add(new ParsedSentence(s.storyId() + "c" + k + s.id().substring(s.storyId().length()),
                        s.date(), s.text(), s.parse()));
            }
        }
        out.printf("machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        out.printf("dictionaries (Phoenix set): loaded in %.2f s, holding %.0f MB of heap%n", loadSeconds,
                dictionaryHeap / 1e6);
        out.printf("input: %,d sentences (%d copies of the %d-sentence GigaWord sample), one thread%n",
                sentences.size(), copies, base.size());

        CodingOptions options = CodingOptions.defaults();
        Measure.resetPeakHeap();
        double[] measured = new double[repeat];
        long events = 0;
        for (int run = 0; run < warmup + repeat; run++) {
            long t = System.nanoTime();
            events = 0;
            for (ParsedSentence s : sentences) {
                events += coder.code(s, options).events().size();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            double rate = sentences.size() / seconds;
            boolean warm = run < warmup;
            out.printf("%s %2d: %.3f s, %,.0f sentences/s, %,d events%n", warm ? "warm-up" : "run    ",
                    warm ? run + 1 : run - warmup + 1, seconds, rate, events);
            if (!warm) {
                measured[run - warmup] = rate;
            }
        }
        double median = Measure.median(measured);
        long peak = Measure.peakHeap();
        out.printf("median of %d runs: %,.0f sentences/s (goal >= 33,000; PETRARCH2 on this machine class: 1,665)%n",
                repeat, median);
        out.printf("peak Java heap while coding: %.0f MB%n", peak / 1e6);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sentences", sentences.size());
            m.put("events_per_run", events);
            m.put("dictionary_load_seconds", loadSeconds);
            m.put("dictionary_heap_bytes", dictionaryHeap);
            m.put("sentences_per_second_median", median);
            m.put("sentences_per_second_runs", measured);
            m.put("peak_heap_bytes", peak);
            m.put("cores", Runtime.getRuntime().availableProcessors());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        }
        return 0;
    }

    static Path defaultData() {
        String home = System.getProperty("dyadlab.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        return base.resolve("../shared/data/petrarch2").normalize();
    }

}
