package org.dyadlab.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/** The series job against {@code DyadAnalysis.series}, and the coding job against the coder run in one thread. */
@SlowTest
class SeriesAndCodingJobTest {
    private static final Dyad PAK_USA = Dyad.parse("PAK-USA");
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("dyadlab-series-coding-test", 2);
    }

    @AfterAll
    static void stop() {
        spark.stop();
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

    private void assertSeriesAgree(List<InputFile> inputs, AggregateQuery q, Interval interval, int minDyadEvents) {
        EmbeddedPath.importAll(dir.resolve("ws"), inputs);
        new ImportJob(spark, new FormatReaders()).run(inputs, dir.resolve("parquet"));
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

    @Test
    void theMonthlySeriesOfASyntheticFileIsTheEmbeddedOne() throws Exception {
        Path file = dir.resolve("synthetic.export.CSV");
        new SyntheticGdelt(20_000, 3, LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31), "PAK", "USA", 20).write(file);
        assertSeriesAgree(List.of(new InputFile(0, file.toString(), "gdelt2")), AggregateQuery.of(PAK_USA, false),
                Interval.MONTH, 900);
    }

    @Test
    @SharedDataTest
    void theWeeklyDirectedSeriesOfTheRealSamplesIsTheEmbeddedOne() {
        List<InputFile> inputs = List.of(
                new InputFile(0, SharedData.resolve("gdelt-spark-gdelt/samples/events.csv").toString(), "gdelt2"),
                new InputFile(1, SharedData.resolve("icews18-renet/valid.txt").toString(), "icews18"),
                new InputFile(2, SharedData.resolve("icews18-renet/test.txt").toString(), "icews18"));
        assertSeriesAgree(inputs, new AggregateQuery(Dyad.parse("USA-PAK"), true, LocalDate.of(2018, 8, 1),
                LocalDate.of(2018, 10, 31), Set.of("icews18")), Interval.WEEK, 40);
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
