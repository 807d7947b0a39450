package org.dyadlab.spark.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.model.cameo.CameoOntology;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventSpan;
import org.dyadlab.spark.LocalSpark;
import org.dyadlab.store.CodedDocument;
import org.dyadlab.store.EventQuery;
import org.dyadlab.store.EventStore;
import org.dyadlab.store.Workspace;
import org.dyadlab.testkit.SharedData;
import org.dyadlab.testkit.SharedDataTest;
import org.dyadlab.testkit.SlowTest;
import org.dyadlab.textcoder.TextCodingRun;
import org.dyadlab.textcoder.TextProblem;
import org.dyadlab.textcoder.text.DocumentInput;
import org.dyadlab.textcoder.text.DocumentReadOptions;
import org.dyadlab.textcoder.text.DocumentReaders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw text coded on Spark against {@code dyadlab code text --store} into a new workspace, on the same inputs in the
 * same order: identical events (every column), matched spans, document records, problems and the run's counts. One
 * local session (2 threads) for the class; the dictionaries come from ../shared/data.
 */
@SlowTest
@SharedDataTest
class TextCodingJobEquivalenceTest {
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("dyadlab-text-equivalence-test", 2);
        // two coding tasks, one per thread: each task loads the dictionaries and models once
        spark.conf().set("spark.sql.shuffle.partitions", "2");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void speechesAndPostsGiveTheEmbeddedRunsEventsSpansDocumentsAndCounts() throws IOException {
        Path posts = dir.resolve("posts.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(SharedData.resolve("trump-tweets/condensed_2018_partial.json").toFile());
        ArrayNode slice = json.createArrayNode();
        for (int i = 0; i < 100; i++) {
            slice.add(all.get(i));
        }
        json.writeValue(posts.toFile(), slice);
        DocumentReadOptions options = DocumentReadOptions.builder().countries(List.of("PAK")).years(2018, 2018)
                .build();
        TextCodingSettings settings = new TextCodingSettings(SharedData.resolve("petrarch2/dictionaries").toString(),
                Path.of("..", "cases", "pak-usa", "actors.yaml").toAbsolutePath().toString(), "statements", 7);

        Compared c = compare(List.of(SharedData.resolve("un-general-debate-corpus"), posts), options, settings, 200);

        assertThat(c.embedded.read()).isEqualTo(101);
        assertThat(c.embedded.sentences()).isGreaterThan(250);
        assertThat(c.spark.imported()).isGreaterThan(30);
        assertThat(c.events).anySatisfy(e -> assertThat(e.documentRef()).matches("doc:PAK_73_2018#\\d+:\\d+"));
    }

    @Test
    void badLinesCopiesAndRepeatedSentencesGiveTheEmbeddedRunsEventsSpansDocumentsAndProblems() throws IOException {
        Path a = SyntheticText.first(dir.resolve("a.jsonl"));
        Path b = SyntheticText.second(dir.resolve("b.jsonl"));
        TextCodingSettings settings = new TextCodingSettings(SharedData.resolve("petrarch2/dictionaries").toString(),
                null, "coder-text", 7);

        Compared c = compare(List.of(a, b), DocumentReadOptions.builder().build(), settings, 3);

        TextCodingJob.Result r = c.spark;
        assertThat(r.read()).isEqualTo(16);
        assertThat(r.skipped()).isEqualTo(5);
        assertThat(r.resumed()).isEqualTo(1);
        assertThat(r.republished()).isEqualTo(2);
        assertThat(r.republishedSentences()).isEqualTo(2);
        assertThat(r.notes()).isEqualTo(1);
        assertThat(r.duplicateIds()).isPositive();
        assertThat(r.duplicateContent()).isPositive();
        List<String> problems = problemLines(r.problemsFile());
        assertThat(problems).contains(a + ":2,line 2,,unreadable record", a + ":4,line 4,,not UTF-8",
                b + ":4,line 4,,unreadable record");
    }

    private record Compared(TextCodingRun.Summary embedded, TextCodingJob.Result spark, List<Event> events) {
    }

    private Compared compare(List<Path> files, DocumentReadOptions options, TextCodingSettings settings, int batch)
            throws IOException {
        List<DocumentInput> inputs = new ArrayList<>();
        for (Path f : files) {
            DocumentReaders.read(f, options, inputs::add);
        }
        Path ws = dir.resolve("ws");
        TextCodingRun.Summary s = EmbeddedTextRun.code(ws, inputs, settings, batch);
        TextCodingJob.Result r = new TextCodingJob(spark, settings).run(TextCodingJob.inputs(files, options), options,
                dir.resolve("parquet"));

        assertThat(r.read()).isEqualTo(s.read());
        assertThat(r.coded()).isEqualTo(s.coded());
        assertThat(r.skipped()).isEqualTo(s.skipped());
        assertThat(r.resumed()).isEqualTo(s.resumed());
        assertThat(r.republished()).isEqualTo(s.republished());
        assertThat(r.republishedSentences()).isEqualTo(s.republishedSentences());
        assertThat(r.sentences()).isEqualTo(s.sentences());
        assertThat(r.events()).isEqualTo(s.events());
        assertThat(r.notes()).isEqualTo(s.problems().stream().filter(p -> !p.skipped()).count());
        Map<String, Long> unconvertible = new TreeMap<>();
        s.unconvertible().forEach((reason, n) -> unconvertible.put(reason, (long) n));
        assertThat(r.unconvertible()).isEqualTo(unconvertible);

        List<Event> events;
        try (EventStore store = EventStore.open(new Workspace(ws), CameoOntology.standard())) {
            events = events(store);
            assertThat(parquetEvents(dir.resolve("parquet"))).isEqualTo(events);
            assertThat(r.imported()).isEqualTo(events.size());
            assertThat(r.imported() + r.duplicateIds() + r.duplicateContent()).isEqualTo(s.events());
            assertThat(sparkSpans(r.spansDir())).isEqualTo(embeddedSpans(store, events));
            assertThat(sparkDocuments(r.documentsDir())).isEqualTo(sorted(store.codedDocuments().of(settings.origin())));
        }
        assertThat(sparkProblems(r.problemsFile())).isEqualTo(s.problems().stream().map(TextProblem::message).sorted()
                .toList());
        assertThat(r.problems()).isEqualTo(s.problems().size() + unconvertible.values().stream().mapToLong(n -> n).sum());
        return new Compared(s, r, events);
    }

    private static List<Event> events(EventStore store) {
        List<Event> out = new ArrayList<>();
        store.forEachEvent(EventQuery.ALL, out::add);
        return out;
    }

    private static List<Event> parquetEvents(Path folder) {
        try (EventStore store = EventStore.openParquet(folder, CameoOntology.standard())) {
            return events(store);
        }
    }

    private static List<String> embeddedSpans(EventStore store, List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            for (EventSpan s : store.eventSpans(e.id())) {
                out.add(e.id() + " " + s.role() + " " + s.start() + ":" + s.end());
            }
        }
        return out.stream().sorted().toList();
    }

    private static List<String> sparkSpans(Path folder) {
        return spark.read().parquet(folder.toString()).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getInt(2) + ":" + r.getInt(3)).sorted()
                .toList();
    }

    private static List<CodedDocument> sparkDocuments(Path folder) {
        List<CodedDocument> out = new ArrayList<>();
        for (Row r : spark.read().parquet(folder.toString()).collectAsList()) {
            out.add(new CodedDocument(r.getAs("origin"), r.getAs("document_id"), r.getAs("content_hash"),
                    (LocalDate) r.getAs("document_date"), r.<Integer>getAs("sentences"), r.<Integer>getAs("events"),
                    r.getAs("republished_of")));
        }
        return sorted(out);
    }

    private static List<CodedDocument> sorted(List<CodedDocument> documents) {
        return documents.stream().sorted(Comparator.comparing(CodedDocument::documentId)
                .thenComparing(CodedDocument::contentHash)).toList();
    }

    /** The problems file's problems (not its unconvertible events) as the run reports them. */
    private static List<String> sparkProblems(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (CSVRecord r : csv(file)) {
            if (r.get("problem").equals("event not stored")) {
                continue;
            }
            TextProblem.Kind kind = java.util.Arrays.stream(TextProblem.Kind.values())
                    .filter(k -> k.label().equals(r.get("problem"))).findFirst().orElseThrow();
            int sentence = r.get("sentence").isEmpty() ? -1 : Integer.parseInt(r.get("sentence"));
            out.add(new TextProblem(r.get("document_id"), sentence, kind, r.get("detail")).message());
        }
        return out.stream().sorted().toList();
    }

    /** where,document_id,sentence,problem of each line. */
    private static List<String> problemLines(Path file) throws IOException {
        return csv(file).stream().map(r -> String.join(",", r.get("where"), r.get("document_id"), r.get("sentence"),
                r.get("problem"))).toList();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
