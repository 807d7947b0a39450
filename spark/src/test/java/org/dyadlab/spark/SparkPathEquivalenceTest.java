package org.dyadlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.analysis.DyadAnalysis;
import org.dyadlab.analysis.series.DyadSeries;
import org.dyadlab.analysis.series.Metric;
import org.dyadlab.analysis.series.Normalization;
import org.dyadlab.analysis.series.SeriesPoint;
import org.dyadlab.coder.CodedEvent;
import org.dyadlab.coder.CodedEventConverter;
import org.dyadlab.coder.CodingOptions;
import org.dyadlab.coder.EventCoder;
import org.dyadlab.coder.ParsedSentence;
import org.dyadlab.coder.SentenceCoding;
import org.dyadlab.coder.dictionary.DictionaryFiles;
import org.dyadlab.coder.input.ParsedSentenceReader;
import org.dyadlab.events.ImportSummary;
import org.dyadlab.events.synthetic.SyntheticGdelt;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.period.Interval;
import org.dyadlab.store.AggregateQuery;
import org.dyadlab.store.EventLoad;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.LoadSource;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.dyadlab.testkit.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark path against the embedded path on the same input, in the same order: identical events (full rows, in
 * date and id order), identical reject and duplicate counts, rejects listed with file and line, identical series
 * (counts exactly, sums to 1e-9: the order of floating-point additions differs), and the coder's events. One local
 * session (2 threads, 127.0.0.1, no UI) for the class.
 */
@SlowTest
class SparkPathEquivalenceTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("dyadlab-equivalence-test", 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private ImportJob.Result spark(List<InputFile> inputs, Path out) {
        return new ImportJob(spark, new FormatReaders()).run(inputs, out);
    }

    private static void assertSameCounts(ImportJob.Result r, List<ImportSummary> embedded) {
        assertThat(r.read()).isEqualTo(embedded.stream().mapToLong(ImportSummary::read).sum());
        assertThat(r.rejected()).isEqualTo(embedded.stream().mapToLong(ImportSummary::rejected).sum());
        assertThat(r.imported()).isEqualTo(embedded.stream().mapToLong(ImportSummary::imported).sum());
        assertThat(r.duplicateIds()).isEqualTo(embedded.stream().mapToLong(ImportSummary::duplicateIds).sum());
        assertThat(r.duplicateContent()).isEqualTo(embedded.stream().mapToLong(ImportSummary::duplicateContent).sum());
    }

    /** Same intervals, identical counts, sums equal but for the order of floating-point additions. */
    private static void assertSameSeries(DyadSeries spark, DyadSeries embedded) {
        assertThat(spark.points()).hasSameSizeAs(embedded.points());
        for (int i = 0; i < spark.points().size(); i++) {
            SeriesPoint s = spark.points().get(i);
            SeriesPoint e = embedded.points().get(i);
            assertThat(s.start()).isEqualTo(e.start());
            assertThat(s.end()).isEqualTo(e.end());
            assertThat(s.sums().events()).isEqualTo(e.sums().events());
            assertThat(s.sums().quad()).isEqualTo(e.sums().quad());
            assertThat(s.sums().actorEvents()).isEqualTo(e.sums().actorEvents());
            assertThat(s.sums().allEvents()).isEqualTo(e.sums().allEvents());
            for (Metric m : Metric.values()) {
                for (Normalization n : Normalization.values()) {
                    double a = s.value(m, n);
                    double b = e.value(m, n);
                    if (Double.isNaN(b)) {
                        assertThat(a).as(m + " " + n + " at " + s.start()).isNaN();
                    } else {
                        assertThat(a).as(m + " " + n + " at " + s.start()).isCloseTo(b, within(1e-9 * Math.max(1, Math.abs(b))));
                    }
                }
            }
        }
    }

    /** The series of the workspace "ws" (embedded) and of the Parquet folder "parquet" (Spark, and DuckDB over it). */
    private void assertSeriesAgree(AggregateQuery q, Interval interval, int minDyadEvents) {
        DyadSeries embedded;
        try (EventStore store = EventStore.open(new Workspace(dir.resolve("ws")), CameoOntology.standard())) {
            embedded = new DyadAnalysis(store).series(new DyadAnalysis.Scope(q.dyad(), q.directed(), q.from(), q.to(),
                    q.origins()), interval);
        }
        DyadSeries fromSpark = new SeriesJob(spark).series(dir.resolve("parquet"), q, interval);
        assertThat(embedded.total().events()).isGreaterThanOrEqualTo(minDyadEvents);
        assertSameSeries(fromSpark, embedded);
        DyadSeries fromParquetInDuckDb;
        try (EventStore store = EventStore.openParquet(dir.resolve("parquet"), CameoOntology.standard())) {
            fromParquetInDuckDb = new DyadAnalysis(store).series(new DyadAnalysis.Scope(q.dyad(), q.directed(), q.from(),
                    q.to(), q.origins()), interval);
        }
        assertSameSeries(fromParquetInDuckDb, embedded);
    }

    /** Synthetic GDELT 2.0 rows with duplicates by id and by content, within and across files, and bad rows. */
    private List<InputFile> syntheticWithDuplicates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SyntheticGdelt(6000, 11, LocalDate.of(2017, 11, 1), LocalDate.of(2018, 2, 28), "PAK", "USA", 7).write(out);
        List<String> rows = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
        List<String> a = new ArrayList<>(rows.subList(0, 3000));
        List<String> b = new ArrayList<>(rows.subList(3000, 6000));
        a.add(a.get(10));                                      // same id, same file
        b.add(a.get(20));                                      // same id, earlier file
        String[] c = a.get(30).split("\t", -1);
        c[0] = "999999999";                                    // same content and URL, other id
        b.add(String.join("\t", c));
        a.add("1\t20180101\tbad row");                         // wrong column count
        String[] d = a.get(40).split("\t", -1);
        d[26] = "999";                                         // unknown CAMEO code
        b.add(String.join("\t", d));
        Path fa = dir.resolve("a.export.CSV");
        Path fb = dir.resolve("b.export.CSV");
        Files.write(fa, a);
        Files.write(fb, b);
        return List.of(new InputFile(0, fa.toString(), "gdelt2"), new InputFile(1, fb.toString(), "gdelt2"));
    }

    @Test
    void syntheticFilesWithDuplicatesAndRejectsGiveTheEmbeddedEventsAndSeriesAlsoOnARerun() throws Exception {
        List<InputFile> inputs = syntheticWithDuplicates();
        List<ImportSummary> embedded = EmbeddedPath.importAll(dir.resolve("ws"), inputs);

        ImportJob.Result r = spark(inputs, dir.resolve("parquet"));

        assertSameCounts(r, embedded);
        assertThat(r.duplicateIds()).isEqualTo(2);
        assertThat(r.duplicateContent()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        List<Event> expected = EmbeddedPath.workspaceEvents(dir.resolve("ws"));
        assertThat(expected).hasSize(6000);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("parquet"))).isEqualTo(expected);

        try (Stream<Path> files = Files.list(r.rejectsDir())) {
            List<String> rejects = files.flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().skip(1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(rejects).hasSize(2);
            assertThat(rejects).anyMatch(l -> l.contains("a.export.CSV,3002,(record),\"3 columns, expected 61"));
            assertThat(rejects).anyMatch(l -> l.contains("b.export.CSV,3003,EventCode,unknown CAMEO event code '999'"));
        }
        try (Stream<Path> months = Files.list(dir.resolve("parquet/year=2018"))) {
            assertThat(months.map(p -> p.getFileName().toString())).contains("month=1", "month=2");
        }

        assertSeriesAgree(AggregateQuery.of(PAK_USA, false), Interval.MONTH, 500);

        ImportJob.Result again = spark(inputs, dir.resolve("parquet"));
        assertThat(again).isEqualTo(r);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("parquet"))).isEqualTo(expected);
    }

    @Test
    @SharedDataTest
    void theRealGdeltAndIcewsSamplesGiveTheEmbeddedEventsAndSeries() throws Exception {
        Path icews = dir.resolve("icews-sample.tab");
        Files.copy(Path.of(getClass().getResource("/fixtures/icews-sample.tab").toURI()), icews);
        List<InputFile> inputs = List.of(
                new InputFile(0, SharedData.resolve("gdelt-spark-gdelt/samples/events.csv").toString(), "gdelt2"),
                new InputFile(1, SharedData.resolve("gdelt-spark-gdelt/samples/eventsT.csv").toString(), "gdelt2"),
                new InputFile(2, SharedData.resolve("gdelt-spark-gdelt/samples/events1.csv").toString(), "gdelt1"),
                new InputFile(3, SharedData.resolve("icews18-renet/valid.txt").toString(), "icews18"),
                new InputFile(4, icews.toString(), "icews"));
        List<ImportSummary> embedded = EmbeddedPath.importAll(dir.resolve("ws"), inputs);

        ImportJob.Result r = spark(inputs, dir.resolve("parquet"));

        assertSameCounts(r, embedded);
        List<Event> expected = EmbeddedPath.workspaceEvents(dir.resolve("ws"));
        assertThat(expected.size()).isGreaterThan(40_000);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("parquet"))).isEqualTo(expected);

        assertSeriesAgree(new AggregateQuery(Dyad.parse("USA-PAK"), true, LocalDate.of(2018, 8, 1),
                LocalDate.of(2018, 10, 31), Set.of("icews18")), Interval.WEEK, 15);
        assertSeriesAgree(AggregateQuery.of(PAK_USA, false), Interval.MONTH, 60);
    }

    /** The embedded coding path: the coder in one thread, stories as read, events loaded as code parsed --store does. */
    private static List<Event> codedInOneThread(Path dictionaries, List<Path> files, Path ws) {
        EventCoder coder = new EventCoder(DictionaryFiles.in(dictionaries).load(false));
        CodedEventConverter converter = new CodedEventConverter(CameoOntology.standard());
        try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard())) {
            for (Path f : files) {
                try (EventLoad load = store.beginLoad(new LoadSource(f.toString(), "petrarch-parsed", -1, null))) {
                    List<ParsedSentence> all = new ArrayList<>();
                    ParsedSentenceReader.read(f, all::add);
                    long n = 0;
                    int from = 0;
                    for (int i = 1; i <= all.size(); i++) {
                        if (i == all.size() || !all.get(i).storyId().equals(all.get(from).storyId())) {
                            for (SentenceCoding c : coder.codeStory(all.subList(from, i), CodingOptions.defaults())) {
                                for (CodedEvent e : c.events()) {
                                    n++;
                                    Event ev = converter.convert(e).event();
                                    if (ev != null) {
                                        load.add(ev, n);
                                    }
                                }
                            }
                            from = i;
                        }
                    }
                    load.commit(n, 0, null);
                }
            }
            return EmbeddedPath.events(store);
        }
    }

    @Test
    @SharedDataTest
    void codingParsedSentencesPartitionByPartitionGivesTheSameEventsAsOneThread() throws Exception {
        Path dictionaries = SharedData.resolve("petrarch2/dictionaries");
        Path gigaword = SharedData.resolve("petrarch2/text/GigaWord.sample.PETR.xml");
        Path copy = dir.resolve("again.PETR.xml");
        Files.copy(gigaword, copy);
        List<Path> files = List.of(gigaword, copy);

        List<Event> expected = codedInOneThread(dictionaries, files, dir.resolve("ws"));
        List<InputFile> inputs = ImportJob.inputs(files, "petrarch-parsed");
        ImportJob.Result r = new ImportJob(spark, new CodingReaders(dictionaries.toString(), SentenceSource.PETRARCH_XML))
                .run(inputs, dir.resolve("coded"));

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(EmbeddedPath.parquetEvents(dir.resolve("coded"))).isEqualTo(expected);
        assertThat(r.imported()).isEqualTo(expected.size());
        assertThat(r.duplicateIds()).isGreaterThanOrEqualTo(expected.size());
        assertThat(expected).allSatisfy(e -> assertThat(e.origin()).isEqualTo(CodedEventConverter.ORIGIN));
    }
}
