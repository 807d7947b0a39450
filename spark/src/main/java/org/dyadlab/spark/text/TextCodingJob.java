package org.dyadlab.spark.text;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyadlab.spark.EventParquet;
import org.dyadlab.spark.ImportJob;
import org.dyadlab.spark.InputFile;
import org.dyadlab.spark.LocalFolders;
import org.dyadlab.textcoder.TextProblem;
import org.dyadlab.textcoder.text.DocumentKind;
import org.dyadlab.textcoder.text.DocumentReadOptions;

/**
 * Codes raw text into events on Spark, as {@code dyadlab code text --store} does into a new workspace (decision
 * 0014): the text coder's readers on the executors (one task per input file), the run's re-publication rules
 * replayed per content hash and per sentence hash ({@link CodeDocumentsTask}, {@link SentenceDecisions}), documents
 * coded partition by partition with one coder per task, and the store's two duplicate rules over the events in
 * input order ({@link ImportJob#ranked}). Writes, all replaced on each run:
 * <ul>
 *   <li>{@code <output>/year=/month=}: the events, in the event schema (Parquet);</li>
 *   <li>{@code <output>.spans/}: the words matched for each written event (the columns of {@code event_spans});</li>
 *   <li>{@code <output>.documents/}: a row per document coded or skipped as a re-publication (the columns of
 *   {@code coded_documents} but the time);</li>
 *   <li>{@code <output>.rejects/text-problems.csv}: records that were not documents, documents and sentences the
 *   coder skipped or noted, and coded events that are not CAMEO, in input order.</li>
 * </ul>
 */
public final class TextCodingJob {
    /** Sequence numbers of a document's events fit below this; a record's events are numbered from record × it. */
    private static final long EVENTS_PER_RECORD = 1L << 20;
    private static final String NOT_CAMEO = "event not stored";

    private final SparkSession spark;
    private final TextCodingSettings settings;

    public TextCodingJob(SparkSession spark, TextCodingSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * What a job did; the first counts are those {@code dyadlab code text} reports ({@code TextCodingRun.Summary}).
     *
     * @param read                 items read (documents and unreadable records)
     * @param coded                documents coded
     * @param skipped              records and documents skipped for bad input
     * @param resumed              records repeating an earlier record's id and text (coded once)
     * @param republished          documents repeating another's text within the window (recorded, not coded)
     * @param republishedSentences sentences whose events were dropped as coded from another document
     * @param sentences            sentences of the coded documents
     * @param events               events converted to the event schema
     * @param notes                documents whose markup or entities were removed
     * @param unconvertible        coded events that are not CAMEO, by reason
     * @param imported             events written, after the duplicate rules
     * @param duplicateIds         events dropped for an earlier event's id
     * @param duplicateContent     events dropped for an earlier event's content and URL
     * @param problems             lines of the problems file
     */
    public record Result(int files, long read, long coded, long skipped, long resumed, long republished,
                         long republishedSentences, long sentences, long events, long notes,
                         Map<String, Long> unconvertible, long imported, long duplicateIds, long duplicateContent,
                         long problems, Path spansDir, Path documentsDir, Path problemsFile) {
    }

    /**
     * The inputs, one per path in order (a folder is the UN General Debate corpus, as for {@code dyadlab code
     * text}), each with its kind decided.
     *
     * @throws IllegalArgumentException when a path does not exist, or is plain text and there is no date
     */
    public static List<InputFile> inputs(List<Path> paths, DocumentReadOptions options) {
        List<InputFile> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file: " + p);
            }
            DocumentKind kind = options.kind().of(p);
            if (kind == DocumentKind.TEXT && options.date() == null) {
                throw new IllegalArgumentException("plain text needs --date YYYY-MM-DD (" + p + ")");
            }
            out.add(new InputFile(out.size(), p.toAbsolutePath().toString(), kind.key()));
        }
        return out;
    }

    public Result run(List<InputFile> inputs, DocumentReadOptions options, Path output) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input files");
        }
        spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
        int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        Path spansDir = sibling(output, ".spans");
        Path documentsDir = sibling(output, ".documents");
        Path problemsFile = sibling(output, ".rejects").resolve("text-problems.csv");
        LocalFolders.deleteTree(problemsFile.getParent());

        JavaRDD<Row> read = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(inputs, inputs.size()).mapPartitions(new ReadDocumentsTask(options));
        // a fixed number of partitions: adaptive execution would merge small ones, and coding is slow per byte
        JavaRDD<Row> coding = spark.createDataFrame(read, TextRows.DOCUMENTS)
                .repartition(partitions, col("content_hash"))
                .sortWithinPartitions("content_hash", "file_index", "record")
                .javaRDD().mapPartitions(new CodeDocumentsTask(settings));
        Dataset<Row> coded = spark.createDataFrame(coding, TextRows.CODED).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Row> flagging = coded.filter(col("kind").equalTo(TextRows.EVENT))
                .repartition(partitions, col("sentence_hash"))
                .sortWithinPartitions("sentence_hash", "file_index", "record", "event_seq")
                .javaRDD().mapPartitions(new SentenceDecisions(settings.windowDays()));
        Dataset<Row> flagged = spark.createDataFrame(flagging, TextRows.FLAGGED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> events = flagged.filter(col("republished").equalTo(false).and(col("event_id").isNotNull()));
            Dataset<Row> ranked = ImportJob.ranked(events.withColumn("line",
                    col("record").multiply(EVENTS_PER_RECORD).plus(col("event_seq")))).persist(StorageLevel.MEMORY_AND_DISK());
            try {
                EventParquet.write(ImportJob.kept(ranked), output);
                ImportJob.kept(ranked).select(col("event_id"), explode(col("spans")).as("s"))
                        .select(col("event_id"), col("s.role").as("role"), col("s.span_start").as("span_start"),
                                col("s.span_end").as("span_end"))
                        .write().mode(SaveMode.Overwrite).parquet(spansDir.toString());
                writeDocuments(coded, events, documentsDir);
                long problems = writeProblems(coded, flagged, problemsFile);
                return result(inputs.size(), coded, flagged, ranked, problems, spansDir, documentsDir, problemsFile);
            } finally {
                ranked.unpersist();
            }
        } finally {
            flagged.unpersist();
            coded.unpersist();
        }
    }

    private static Path sibling(Path output, String suffix) {
        return output.resolveSibling(output.getFileName() + suffix);
    }

    /** The documents' records, as {@code coded_documents} holds them: events counted before the duplicate rules. */
    private void writeDocuments(Dataset<Row> coded, Dataset<Row> events, Path dir) {
        Dataset<Row> perDocument = events.groupBy("file_index", "record").agg(count(lit(1)).as("events"));
        coded.filter(col("kind").equalTo(TextRows.DOCUMENT).and(col("status").isin(TextRows.CODE, TextRows.REPUBLISHED)))
                .join(perDocument, scalaSeq("file_index", "record"), "left")
                .repartition(1).sortWithinPartitions("file_index", "record")
                .select(lit(settings.origin()).as("origin"), col("document_id"), col("content_hash"),
                        col("document_date"), col("sentences"), coalesce(col("events"), lit(0L)).cast("int").as("events"),
                        col("republished_of"))
                .write().mode(SaveMode.Overwrite).parquet(dir.toString());
    }

    private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }

    /** The problems file, in input order; returns its number of rows. */
    private static long writeProblems(Dataset<Row> coded, Dataset<Row> flagged, Path file) {
        Column[] columns = {col("file_index"), col("record"), col("sentence"), col("where"), col("document_id"),
            col("problem_kind"), col("detail")};
        Dataset<Row> problems = coded.filter(col("kind").isin(TextRows.INPUT_PROBLEM, TextRows.PROBLEM)).select(columns)
                .union(flagged.filter(col("republished").equalTo(false).and(col("event_id").isNull()))
                        .select(col("file_index"), col("record"), col("sentence"), col("where"), col("document_id"),
                                lit(NOT_CAMEO).as("problem_kind"),
                                concat(col("detail"), lit(" ("), col("triple"), lit(")")).as("detail")))
                .repartition(1).sortWithinPartitions("file_index", "record", "sentence", "problem_kind", "detail");
        long n = 0;
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                         .setHeader("where", "document_id", "sentence", "problem", "detail").get())) {
                Iterator<Row> it = problems.toLocalIterator();
                while (it.hasNext()) {
                    Row r = it.next();
                    int sentence = r.getInt(2);
                    String kind = r.getString(5);
                    csv.printRecord(r.getString(3), r.getString(4), sentence < 0 ? "" : sentence,
                            kind.equals(NOT_CAMEO) ? kind : TextProblem.Kind.valueOf(kind).label(), r.getString(6));
                    n++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return n;
    }

    private Result result(int files, Dataset<Row> coded, Dataset<Row> flagged, Dataset<Row> ranked, long problems,
                          Path spansDir, Path documentsDir, Path problemsFile) {
        Column document = col("kind").equalTo(TextRows.DOCUMENT);
        Column toCode = document.and(col("status").equalTo(TextRows.CODE));
        Row c = coded.agg(
                sum(when(document.or(col("kind").equalTo(TextRows.INPUT_PROBLEM)), 1).otherwise(0)),
                sum(when(toCode.and(col("skipped").equalTo(false)), 1).otherwise(0)),
                sum(when(col("kind").equalTo(TextRows.INPUT_PROBLEM).or(toCode.and(col("skipped"))), 1).otherwise(0)),
                sum(when(document.and(col("status").equalTo(TextRows.RESUMED)), 1).otherwise(0)),
                sum(when(document.and(col("status").equalTo(TextRows.REPUBLISHED)), 1).otherwise(0)),
                sum(when(toCode, col("sentences")).otherwise(0)),
                sum(when(col("kind").equalTo(TextRows.PROBLEM).and(col("problem_kind").equalTo(
                        TextProblem.Kind.MARKUP.name())), 1).otherwise(0))).first();
        Column kept = col("republished").equalTo(false);
        Row f = flagged.agg(
                sum(when(kept.and(col("event_id").isNotNull()), 1).otherwise(0)),
                countDistinct(when(col("republished"), concat(col("file_index"), lit(":"), col("record"), lit(":"),
                        col("sentence"))))).first();
        Map<String, Long> unconvertible = new TreeMap<>();
        for (Row r : flagged.filter(kept.and(col("event_id").isNull())).groupBy("detail").count().collectAsList()) {
            unconvertible.put(r.getString(0), r.getLong(1));
        }
        Row d = ranked.agg(count(lit(1)), sum(when(col("id_rank").gt(1), 1).otherwise(0)),
                sum(when(col("id_rank").equalTo(1).and(col("content_rank").gt(1)), 1).otherwise(0))).first();
        long dupIds = number(d, 1);
        long dupContent = number(d, 2);
        return new Result(files, number(c, 0), number(c, 1), number(c, 2), number(c, 3), number(c, 4), number(f, 1),
                number(c, 5), number(f, 0), number(c, 6), unconvertible, number(d, 0) - dupIds - dupContent, dupIds,
                dupContent, problems, spansDir, documentsDir, problemsFile);
    }

    /** A count or sum of an aggregate row, 0 for the sum of nothing. */
    private static long number(Row r, int i) {
        return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
    }
}
