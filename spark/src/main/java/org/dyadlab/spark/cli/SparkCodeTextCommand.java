package org.dyadlab.spark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyadlab.spark.InputFile;
import org.dyadlab.spark.text.TextCodingJob;
import org.dyadlab.spark.text.TextCodingSettings;
import org.dyadlab.textcoder.actors.ActorOverrides;
import org.dyadlab.textcoder.text.DocumentKind;
import org.dyadlab.textcoder.text.DocumentReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyadlab spark code text}: codes documents into events on Spark, as {@code dyadlab code text} does. */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = {"Code documents into CAMEO events on Spark with the text coder of 'dyadlab code text' "
                + "(OpenNLP sentences, tags and chunks, shallow parse, relative dates, the PETRARCH-style coder), "
                + "the same inputs and the same re-publication rules, and write the events as Parquet by year and "
                + "month (the store's duplicate rules applied).",
            "Inputs: plain text files (--date), JSON lines ({id, date, text, url, speaker}), tweets (Trump Twitter "
                    + "Archive JSON), un_debates (the UN General Debate corpus folder). One task reads each input; "
                    + "the documents are then coded partition by partition, each task loading the dictionaries and "
                    + "models once. Beside the events: <output>.spans/ (matched words), <output>.documents/ (a "
                    + "record per document) and <output>.rejects/text-problems.csv. Everything is replaced."},
        footer = {"", "Examples:",
            "  dyadlab spark code text --dictionaries DICT --output news-parquet \\",
            "      news/2018.jsonl news/2019.jsonl",
            "  dyadlab spark code text --dictionaries DICT \\",
            "      --actors cases/pak-usa/actors.yaml --origin statements \\",
            "      --output statements-parquet \\",
            "      ../shared/data/un-general-debate-corpus \\",
            "      ../shared/data/trump-tweets/condensed_2018_partial.json",
            "  (DICT: the Phoenix dictionaries, e.g. ../shared/data/petrarch2/dictionaries)"})
final class SparkCodeTextCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SparkOptions sparkOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Files (or the UN corpus folder) to code, in the order that decides which copy is the "
                    + "original; every executor must be able to read them (a shared file system).")
    List<Path> files;

    @Option(names = "--input", defaultValue = "auto", paramLabel = "KIND",
            description = "auto (by extension: .jsonl, .json = tweets, a folder = un_debates, else text), text, "
                    + "jsonl, tweets, un_debates.")
    String input;

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

    @Option(names = "--dictionaries", required = true, paramLabel = "DIR",
            description = "The Phoenix dictionary folder, readable by every executor.")
    Path dictionaries;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Your own actor entries (YAML, or PETRARCH actor format), taking precedence.")
    Path actors;

    @Option(names = "--origin", defaultValue = "coder-text", paramLabel = "NAME",
            description = "The events' origin (default: ${DEFAULT-VALUE}; e.g. statements).")
    String origin;

    @Option(names = "--window", defaultValue = "7", paramLabel = "DAYS",
            description = "Copies of a text dated this many days apart are one story (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Parquet output folder.")
    Path output;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dictionaries)) {
            throw new IllegalArgumentException("--dictionaries " + dictionaries + " is not a folder");
        }
        if (window < 0) {
            throw new IllegalArgumentException("--window must be 0 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (actors != null) {
            if (!Files.isRegularFile(actors)) {
                throw new IllegalArgumentException("--actors " + actors + " is not a file");
            }
            ActorOverrides.read(actors).problems().forEach(p -> out.println("  actor file: " + p.message()));
        }
        int[] y = DocumentReadOptions.years(years);
        DocumentReadOptions options = DocumentReadOptions.builder().kind(DocumentKind.ofKey(input)).date(date)
                .speaker(speaker).countries(countries).years(y[0], y[1]).build();
        List<InputFile> inputs = TextCodingJob.inputs(files, options);
        TextCodingSettings settings = new TextCodingSettings(dictionaries.toAbsolutePath().toString(),
                actors == null ? null : actors.toAbsolutePath().toString(), origin, window);
        SparkSession spark = sparkOptions.session("dyadlab code text");
        long t0 = System.nanoTime();
        TextCodingJob.Result r;
        try {
            r = new TextCodingJob(spark, settings).run(inputs, options, output);
        } finally {
            spark.stop();
        }
        print(out, r, output, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    static void print(PrintWriter out, TextCodingJob.Result r, Path output, double seconds) {
        out.printf("read %,d documents: coded %,d (%,d sentences), already coded %,d, re-published %,d, skipped %,d; "
                        + "%,d events (%,d sentences' events dropped as re-published)%n", r.read(), r.coded(),
                r.sentences(), r.resumed(), r.republished(), r.skipped(), r.events(), r.republishedSentences());
        out.printf("  %.1f s from the session's start to the last file written (%.0f sentences/s)%n", seconds,
                r.sentences() / Math.max(seconds, 1e-9));
        if (r.notes() > 0) {
            out.printf("  %,d documents had markup or entities removed%n", r.notes());
        }
        r.unconvertible().forEach((reason, n) -> out.printf("  %,d events not stored: %s%n", n, reason));
        out.printf("events: imported %,d, duplicates %,d (same id %,d, same content %,d) -> %s%n", r.imported(),
                r.duplicateIds() + r.duplicateContent(), r.duplicateIds(), r.duplicateContent(), output.toAbsolutePath());
        out.println("matched words: " + r.spansDir().toAbsolutePath());
        out.println("documents: " + r.documentsDir().toAbsolutePath());
        if (r.problems() > 0) {
            out.printf("%,d problems listed in %s%n", r.problems(), r.problemsFile().toAbsolutePath());
        }
    }
}
